/** The contact form's computed texts (the character count), Lit-free; error words are in contact-form.error-texts.js. */
import type { Locale } from '../../core/data/types.js';
import { formatCount } from '../../core/i18n/format.js';
import type { CharacterCountView } from './contact-form.fields.js';
import type { ContactFormMessages } from './contact-form.messages.js';
import { characterCount, MESSAGE_MAX_LENGTH } from './contact-form.rules.js';

/** GOV.UK's character count: how many characters remain, or how many too many. */
export function characterCountView(messages: ContactFormMessages, locale: Locale, message: string): CharacterCountView {
  const left = MESSAGE_MAX_LENGTH - characterCount(message);
  const count =
    left >= 0
      ? messages.charactersRemaining(left, formatCount(left, locale))
      : messages.charactersTooMany(-left, formatCount(-left, locale));
  return { limit: messages.characterLimit(formatCount(MESSAGE_MAX_LENGTH, locale)), count, isOver: left < 0 };
}

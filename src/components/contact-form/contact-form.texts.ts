/** The contact form's computed texts (error words, the character count), Lit-free. */
import type { Locale } from '../../core/data/types.js';
import { formatCount } from '../../core/i18n/format.js';
import type { CharacterCountView } from './contact-form.fields.js';
import type { ContactFormMessages } from './contact-form.messages.js';
import { characterCount, MESSAGE_MAX_LENGTH, type ContactErrorCode, type ContactField } from './validate-contact.js';

/** The words for a validation problem: the same in the summary and beside the field. */
export function errorText(messages: ContactFormMessages, locale: Locale, field: ContactField, code: ContactErrorCode): string {
  const { errors } = messages;
  switch (code) {
    case 'email':
      return errors.emailInvalid;
    case 'topic':
      return errors.topicRequired;
    case 'consent':
      return errors.consentRequired;
    case 'too-long':
      if (field === 'message') return errors.messageTooLong(formatCount(MESSAGE_MAX_LENGTH, locale));
      return field === 'organisation' ? errors.organisationTooLong : errors.nameTooLong;
    case 'required':
      return field === 'email' ? errors.emailRequired : field === 'message' ? errors.messageRequired : errors.nameRequired;
  }
}

/** GOV.UK's character count: how many characters remain, or how many too many. */
export function characterCountView(messages: ContactFormMessages, locale: Locale, message: string): CharacterCountView {
  const left = MESSAGE_MAX_LENGTH - characterCount(message);
  const count =
    left >= 0 ? messages.charactersRemaining(left, formatCount(left, locale)) : messages.charactersTooMany(-left, formatCount(-left, locale));
  return { limit: messages.characterLimit(formatCount(MESSAGE_MAX_LENGTH, locale)), count, isOver: left < 0 };
}

import type { Locale } from '../data/types.js';
import { messagesIn, type ComponentMessages } from './component-messages.js';
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Messages } from './messages.js';

/** One catalog per built-in language; the type makes a missing language an error. */
export const catalogs: ComponentMessages<Messages> = { en, fr, de };

export { BUILT_IN_LOCALES, DEFAULT_LOCALE } from './locales.js';

/** The common messages in `locale`: built-in, registered (English where a key is missing), else English. */
export function messagesFor(locale: Locale): Messages {
  return messagesIn(catalogs, 'common', locale);
}

import type { Locale } from '../data/types.js';
import { registeredSection } from './registry.js';
import { en } from './en.js';
import type { Messages } from './messages.js';

export { BUILT_IN_LOCALES, DEFAULT_LOCALE } from './locales.js';

/** The common messages in `locale`: registered, else built-in (once loaded), English where a key is missing. */
export function messagesFor(locale: Locale): Messages {
  return registeredSection(locale, 'common', en);
}

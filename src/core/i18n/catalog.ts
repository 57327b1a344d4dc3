import type { Locale } from '../data/types.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Messages } from './messages.js';

/** One catalog per supported language; `satisfies` makes a missing language a type error. */
export const catalogs = { en, fr } as const satisfies Record<Locale, Messages>;

export { SUPPORTED_LOCALES, DEFAULT_LOCALE } from './locales.js';

export function messagesFor(locale: Locale): Messages {
  return catalogs[locale];
}

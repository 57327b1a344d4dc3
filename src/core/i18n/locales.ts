import type { BuiltInLocale, Locale } from '../data/types.js';
import { INTL_LOCALES as INTL_LOCALE_TAGS } from './intl-locales.js';

/** The languages with complete built-in texts: the Council of Europe's official languages, and German. */
export const BUILT_IN_LOCALES: readonly BuiltInLocale[] = ['en', 'fr', 'de'];
export const DEFAULT_LOCALE = 'en' satisfies BuiltInLocale;

/** The BCP 47 tag each built-in language formats dates and numbers with ("8 November 2017", not "November 8, 2017"). */
export const INTL_LOCALES: Readonly<Record<BuiltInLocale, string>> = INTL_LOCALE_TAGS;

export function isBuiltInLocale(locale: Locale): locale is BuiltInLocale {
  return (BUILT_IN_LOCALES as readonly string[]).includes(locale);
}

/** The tag `Intl` formats a language with: the built-in table's, else the language's own code. */
export function intlLocaleOf(locale: Locale): string {
  return isBuiltInLocale(locale) ? INTL_LOCALES[locale] : locale;
}

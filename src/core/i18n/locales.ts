import type { Locale } from '../data/types.js';
import { INTL_LOCALES as INTL_LOCALE_TAGS } from './intl-locales.js';

/** The languages with complete texts (the Council of Europe's official languages). */
export const SUPPORTED_LOCALES: readonly Locale[] = ['en', 'fr'];
export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag each language formats dates and numbers with ("8 November 2017", not "November 8, 2017"). */
export const INTL_LOCALES: Readonly<Record<Locale, string>> = INTL_LOCALE_TAGS;

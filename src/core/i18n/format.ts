import { parsePartialDate } from '../data/partial-date.js';
import type { Locale, LocalizedText, PartialDate } from '../data/types.js';
import { builtInCount, builtInDate } from './built-in-formats.js';
import { DEFAULT_LOCALE, intlLocaleOf, isBuiltInLocale } from './locales.js';
import { cachedPerKey } from './intl-cache.js';

const PRECISION_OPTIONS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

type Precision = keyof typeof PRECISION_OPTIONS;

/** One DateTimeFormat per language and precision (`fr-FR|month`). */
const dateFormatOf = cachedPerKey((key) => {
  const [intlLocale, precision] = key.split('|') as [string, Precision];
  return new Intl.DateTimeFormat(intlLocale, { ...PRECISION_OPTIONS[precision], timeZone: 'UTC' });
});

/**
 * A partial date at the precision it has: "2017", "February 2020",
 * "8 November 2017"; in French "février 2020", "8 novembre 2017"; in German
 * "Februar 2020", "8. November 2017" (built-in-formats.ts, without `Intl`); a registered language as `Intl`
 * writes it.
 * An unparsable value comes back unchanged.
 */
export function formatPartialDate(value: PartialDate, locale: Locale): string {
  const date = parsePartialDate(value);
  if (!date) return value;
  if (isBuiltInLocale(locale)) return builtInDate(date, locale);
  return dateFormatOf(`${intlLocaleOf(locale)}|${date.precision}`).format(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

const countFormatOf = cachedPerKey((intlLocale) => new Intl.NumberFormat(intlLocale));

/**
 * A count as the language writes it: "10,000" in English, "10 000" (narrow no-break space) in French, "10.000"
 * in German. The built-in languages write whole counts themselves (see built-in-formats.ts); otherwise one
 * `Intl.NumberFormat` per language, made when a count first needs it.
 */
export function formatCount(value: number, locale: Locale): string {
  const builtIn = isBuiltInLocale(locale) ? builtInCount(value, locale) : undefined;
  if (builtIn !== undefined) return builtIn;
  return countFormatOf(intlLocaleOf(locale)).format(value);
}

/** The text in `locale`, else English, else the first translation there is. */
export function localize(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text[DEFAULT_LOCALE] ?? Object.values(text)[0] ?? '';
}

/** The language a localized text is actually shown in, for a `lang` attribute when it differs. */
export function languageOf(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined || typeof text === 'string' || text[locale] !== undefined) return locale;
  return text[DEFAULT_LOCALE] !== undefined ? DEFAULT_LOCALE : (Object.keys(text)[0] ?? locale);
}

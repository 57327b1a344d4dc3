import type { BuiltInLocale } from '../data/types.js';
import type { ParsedPartialDate } from '../data/partial-date.js';

/**
 * Dates and counts in the built-in languages, written without `Intl`. Why home-made: a page's first
 * `Intl.DateTimeFormat` sets up ICU's calendar data and its first `Intl.NumberFormat` its number data, measured at
 * 35 to 50 ms and 35 ms in a fresh Chromium page on the CI machine, which is more than the whole server-rendered
 * grid costs to lay out (issue 22). The words and patterns are CLDR's, as `Intl` writes them for `INTL_LOCALES`
 * (`en-GB`, `fr-FR`, `de-DE`); `built-in-formats.test.ts` compares every month, day and count range with `Intl`
 * in each engine. A registered language formats with `Intl`.
 */
interface BuiltInForms {
  readonly months: readonly string[];
  /** "8 November 2017", "8 novembre 2017", "8. November 2017". */
  readonly day: (day: number, month: string, year: number) => string;
  /** The thousands separator: "10,000", "10 000" (narrow no-break space), "10.000". */
  readonly group: string;
}

const dayMonthYear = (day: number, month: string, year: number): string => `${day} ${month} ${year}`;

const FORMS: Readonly<Record<BuiltInLocale, BuiltInForms>> = {
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    day: dayMonthYear,
    group: ',',
  },
  fr: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    day: dayMonthYear,
    group: '\u202f',
  },
  de: {
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    day: (day, month, year) => `${day}. ${month} ${year}`,
    group: '.',
  },
};

/** A parsed partial date at its precision, in a built-in language. */
export function builtInDate(date: ParsedPartialDate, locale: BuiltInLocale): string {
  const { months, day } = FORMS[locale];
  if (date.month === undefined) return String(date.year);
  const month = months[date.month - 1];
  return date.day === undefined ? `${month} ${date.year}` : day(date.day, month, date.year);
}

/** A whole count (0 or more) in a built-in language; `undefined` for any other number, which `Intl` writes. */
export function builtInCount(value: number, locale: BuiltInLocale): string | undefined {
  if (!Number.isSafeInteger(value) || value < 0 || Object.is(value, -0)) return undefined;
  return String(value).replace(/\B(?=(\d{3})+$)/g, FORMS[locale].group);
}

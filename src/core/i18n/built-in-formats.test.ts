import { expect } from '@open-wc/testing';
import { BUILT_IN_LOCALES, INTL_LOCALES } from './locales.js';
import { formatCount, formatPartialDate } from './format.js';

/** What `Intl` writes, as the widgets wrote it before built-in-formats.ts: the reference the built-in forms must equal. */
const intlDate = (locale: string, options: Intl.DateTimeFormatOptions, year: number, month: number, day: number): string =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));

const pad = (value: number): string => String(value).padStart(2, '0');

describe('built-in dates and counts, written without Intl', () => {
  for (const locale of BUILT_IN_LOCALES) {
    const intlLocale = INTL_LOCALES[locale];

    it(`writes every month and day as Intl.DateTimeFormat does (${intlLocale})`, () => {
      const differences: string[] = [];
      const check = (value: string, expected: string): void => {
        const actual = formatPartialDate(value, locale);
        if (actual !== expected) differences.push(`${value}: ${JSON.stringify(actual)}, Intl ${JSON.stringify(expected)}`);
      };
      for (const year of [1900, 1999, 2017, 2026]) {
        check(String(year), intlDate(intlLocale, { year: 'numeric' }, year, 1, 1));
        for (let month = 1; month <= 12; month++) {
          check(`${year}-${pad(month)}`, intlDate(intlLocale, { year: 'numeric', month: 'long' }, year, month, 1));
          for (const day of [1, 2, 9, 10, 28])
            check(
              `${year}-${pad(month)}-${pad(day)}`,
              intlDate(intlLocale, { year: 'numeric', month: 'long', day: 'numeric' }, year, month, day),
            );
        }
      }
      expect(differences).to.deep.equal([]);
    });

    it(`writes whole counts as Intl.NumberFormat does, thousands separators included (${intlLocale})`, () => {
      const format = new Intl.NumberFormat(intlLocale);
      const values = [
        0,
        1,
        2,
        9,
        10,
        27,
        99,
        100,
        999,
        1000,
        1001,
        2000,
        9999,
        10_000,
        12_345,
        100_000,
        999_999,
        1_000_000,
        1_234_567,
        2 ** 40,
      ];
      const differences = values
        .filter((value) => formatCount(value, locale) !== format.format(value))
        .map((value) => `${value}: ${JSON.stringify(formatCount(value, locale))}, Intl ${JSON.stringify(format.format(value))}`);
      expect(differences).to.deep.equal([]);
    });
  }

  it('leaves other numbers and a registered language to Intl', () => {
    expect(formatCount(-3, 'en')).to.equal(new Intl.NumberFormat('en-GB').format(-3));
    expect(formatCount(2.5, 'de')).to.equal('2,5');
    expect(formatCount(1234, 'hi')).to.equal(new Intl.NumberFormat('hi').format(1234));
    expect(formatPartialDate('2017-11-08', 'ja')).to.equal('2017年11月8日');
  });
});

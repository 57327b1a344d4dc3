import type { PartialDate } from './types.js';

/** A date known to the year, the month or the day. */
export interface ParsedPartialDate {
  readonly year: number;
  /** 1-12, absent when only the year is known */
  readonly month?: number;
  /** 1-31, absent when only the month or year is known */
  readonly day?: number;
  readonly precision: 'year' | 'month' | 'day';
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The earliest year a date may have. Earlier years are refused as invalid data: none is a real
 * partnership date, and `Date.UTC` reads the years 0-99 as 1900-1999, so "0050" would show as 1950.
 */
export const EARLIEST_YEAR = 1900;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `undefined` for anything else, including impossible days and years before EARLIEST_YEAR. */
export function parsePartialDate(value: unknown): ParsedPartialDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < EARLIEST_YEAR) return undefined;
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

/**
 * Orders partial dates chronologically; a less precise date sorts before the
 * more precise dates it contains ("2020" before "2020-02"). Unknown dates
 * (`null`, `undefined`) sort last, whatever the direction a caller reverses to.
 */
export function comparePartialDates(a: PartialDate | null | undefined, b: PartialDate | null | undefined): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The year of a partial date, or `undefined` when it does not parse. */
export function yearOf(value: PartialDate | null | undefined): number | undefined {
  return parsePartialDate(value)?.year;
}

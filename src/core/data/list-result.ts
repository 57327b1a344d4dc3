/**
 * What validating data gives a widget: the valid items, how many were left out, where a list was cut. Apart from
 * the validation itself (validate.ts), so that a widget showing its embedded default data, which was checked when
 * the package was built, loads none of the validation code.
 */
import type { DataIssue } from './errors.js';
import type { DataListName, Highlight, Partner, TextItem } from './types.js';

/** The most items one list may hold; beyond it the rest is not read, and the cut is reported. */
export const MAX_ITEMS = 10_000;

/** What validation keeps (every valid item) and every issue found, each with its path. */
export interface ValidationResult<T> {
  readonly value: T;
  readonly errors: readonly DataIssue[];
  /** How many items of each list were left out as invalid (among the first MAX_ITEMS). */
  readonly leftOut: LeftOutCounts;
  /** The full length of each list longer than MAX_ITEMS: only its first MAX_ITEMS items were read. */
  readonly cut: CutLengths;
}

export type LeftOutCounts = Readonly<Partial<Record<DataListName, number>>>;
export type CutLengths = Readonly<Partial<Record<DataListName, number>>>;

/** What one list left out, for the widget's notice: invalid items, and the list's full length when it was cut. */
export interface ListLeftOut {
  readonly invalid: number;
  readonly cutFrom?: number;
}

/** What `result` left out of the list `name`. */
export function leftOutOf(
  result: Partial<Pick<ValidationResult<unknown>, 'leftOut' | 'cut'>> | undefined,
  name: DataListName,
): ListLeftOut {
  const cutFrom = result?.cut?.[name];
  return { invalid: result?.leftOut?.[name] ?? 0, ...(cutFrom === undefined ? {} : { cutFrom }) };
}

export interface ListItemTypes {
  partners: Partner;
  highlights: Highlight;
  benefits: TextItem;
  cooperation: TextItem;
}

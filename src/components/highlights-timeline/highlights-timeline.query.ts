import { comparePartialDates, yearOf } from '../../core/data/partial-date.js';
import type { Highlight } from '../../core/data/types.js';

/** `oldest` first (the default) or `newest` first. */
export const TIMELINE_ORDERS = ['oldest', 'newest'] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

export interface HighlightQuery {
  readonly order: TimelineOrder;
  /** First year shown; `null`, `undefined` or not a number: no lower bound. */
  readonly from: number | null | undefined;
  /** Last year shown; `null`, `undefined` or not a number: no upper bound. */
  readonly to: number | null | undefined;
}

const asYear = (value: number | null | undefined): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** The highlights between the years `from` and `to` (both included), in date order. */
export function selectHighlights(items: readonly Highlight[], { order, from, to }: HighlightQuery): Highlight[] {
  const first = asYear(from);
  const last = asYear(to);
  const direction = order === 'newest' ? -1 : 1;
  return items
    .filter((highlight) => {
      const year = yearOf(highlight.date);
      return year !== undefined && (first === undefined || year >= first) && (last === undefined || year <= last);
    })
    .sort((a, b) => direction * comparePartialDates(a.date, b.date));
}

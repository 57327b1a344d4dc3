import type { PartnerKind } from '../data/types.js';

/**
 * Every text the widgets show, in one typed catalog per language: a language
 * file that misses a key does not typecheck.
 */
export interface Messages {
  readonly loading: string;
  readonly loadError: string;
  /** Shown when some items were left out because their data is invalid. */
  readonly invalidItems: (count: number) => string;
  readonly kind: Readonly<Record<PartnerKind, string>>;
  readonly joined: (date: string) => string;
  readonly joinedUnknown: string;
  readonly opensInNewTab: string;
}

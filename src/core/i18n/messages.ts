import type { PartnerKind } from '../data/types.js';

/**
 * Every text the widgets show, in one typed catalog per language: a language
 * file that misses a key does not typecheck.
 */
export interface Messages {
  readonly loading: string;
  /** A `src` that could not be loaded (network, server, time): trying again later may help. */
  readonly loadError: string;
  /**
   * A `src` whose file has a mistake (not JSON, not the data format, over 2 MB): it needs correcting, not a retry.
   * Optional for a host's own language, which shows `loadError` without it.
   */
  readonly dataError?: string;
  /** Shown when some items were left out because their data is invalid; `formatted` is `count` written the language's way. */
  readonly invalidItems: (count: number, formatted: string) => string;
  /** Shown when a list was longer than the limit and only its first `shown` items were read (both written the language's way). */
  readonly listCut: (shown: string, total: string) => string;
  readonly kind: Readonly<Record<PartnerKind, string>>;
  readonly joined: (date: string) => string;
  readonly joinedUnknown: string;
  readonly opensInNewTab: string;
}

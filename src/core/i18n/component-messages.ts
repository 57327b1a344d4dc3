import type { Locale } from '../data/types.js';

/**
 * A component's own messages, one object per language. Typed so that a missing
 * language or a missing key fails the typecheck; kept beside the component so
 * that a page (or the badge's CDN file) only carries the texts it shows.
 */
export type ComponentMessages<T> = Readonly<Record<Locale, T>>;

/**
 * How the badge verifies its partner id in a partner list: a `<coe-partnership>`
 * provider's (validated there), else the built-in roster. It takes the first
 * entry with its id whose name is a text.
 */
import type { PartnerSummary } from '../../core/data/default-partner-roster.js';

/** `undefined` while the list loads; a string says why the partner is not verified. */
export type Verification = PartnerSummary | string | undefined;

/** Finds `id` in `list`: the partner, or why it is not verified. */
export function verifyIn(list: unknown, id: string, source: string): Verification {
  if (!Array.isArray(list)) return `${source} has no partners list`;
  const partner = (list as Partial<PartnerSummary>[]).find((item) => item?.id === id && typeof item.name === 'string' && item.name.trim());
  return (partner as PartnerSummary | undefined) ?? `"${id}" is not in ${source}`;
}

/**
 * How the badge verifies its partner id in a partner list: a `<coe-partnership>`
 * provider's (validated there), else the built-in roster. It takes the first
 * entry with its id whose name is a text.
 */
import { defaultPartnerRoster, type PartnerSummary } from '../../core/data/default-partner-roster.js';

/** `undefined` while the list loads; a string says why the partner is not verified. */
export type Verification = PartnerSummary | string | undefined;

/**
 * The partner a badge claims to be, or why not: the id its `partner` attribute gives, looked up in
 * `partners` (a provider's list, or the data given to the server renderer) when there is one, else in
 * the built-in roster. The element and the server renderer both decide with it.
 */
export function verifyPartner(partnerAttribute: string | null | undefined, partners: unknown, source: string): Verification {
  const id = partnerAttribute?.trim().toLowerCase();
  if (!id) return 'the partner attribute is missing';
  return partners === undefined ? verifyIn(defaultPartnerRoster, id, 'the built-in partner list') : verifyIn(partners, id, source);
}

/** Finds `id` in `list`: the partner, or why it is not verified. */
function verifyIn(list: unknown, id: string, source: string): Verification {
  if (!Array.isArray(list)) return `${source} has no partners list`;
  const partner = (list as Partial<PartnerSummary>[]).find((item) => item?.id === id && typeof item.name === 'string' && item.name.trim());
  return (partner as PartnerSummary | undefined) ?? `"${id}" is not in ${source}`;
}

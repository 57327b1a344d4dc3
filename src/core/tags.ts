/**
 * The library's tag names, written once: the define entries, the elements' `HTMLElementTagNameMap`
 * declarations and the server renderer read them from here. A host that wants other names registers
 * the classes itself (`defineElement('acme-partner-grid', CoePartnerGrid)`).
 */
export const TAGS = {
  partnership: 'coe-partnership',
  partnerGrid: 'coe-partner-grid',
  highlightsTimeline: 'coe-highlights-timeline',
  benefitsList: 'coe-benefits-list',
  contactForm: 'coe-contact-form',
  partnerBadge: 'coe-partner-badge',
} as const;

export type CoeTag = (typeof TAGS)[keyof typeof TAGS];

/** Our six tags, in the order the README lists them. */
export const COE_TAGS: readonly CoeTag[] = Object.values(TAGS);

export function isCoeTag(tag: string): tag is CoeTag {
  return (COE_TAGS as readonly string[]).includes(tag);
}

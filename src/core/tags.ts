/**
 * The library's tag names, written once: the define entries, the server renderer and the tests read
 * them from here (one constant each, so an entry that defines one element carries only its own name).
 * A host that wants other names registers the classes itself (`defineElement('acme-partner-grid', CoePartnerGrid)`).
 */
export const PARTNERSHIP_TAG = 'coe-partnership';
export const PARTNER_GRID_TAG = 'coe-partner-grid';
export const HIGHLIGHTS_TIMELINE_TAG = 'coe-highlights-timeline';
export const BENEFITS_LIST_TAG = 'coe-benefits-list';
export const CONTACT_FORM_TAG = 'coe-contact-form';
export const PARTNER_BADGE_TAG = 'coe-partner-badge';

export const TAGS = {
  partnership: PARTNERSHIP_TAG,
  partnerGrid: PARTNER_GRID_TAG,
  highlightsTimeline: HIGHLIGHTS_TIMELINE_TAG,
  benefitsList: BENEFITS_LIST_TAG,
  contactForm: CONTACT_FORM_TAG,
  partnerBadge: PARTNER_BADGE_TAG,
} as const;

export type CoeTag = (typeof TAGS)[keyof typeof TAGS];

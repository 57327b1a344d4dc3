/**
 * Registers the widgets in the server's custom element registry (the one
 * @lit-labs/ssr-dom-shim gives Node), so that @lit-labs/ssr finds a renderer
 * for each tag: Lit's for the Lit widgets, `BadgeRenderer` for the badge. The
 * badge's class extends the browser's `HTMLElement` and never runs on the
 * server: its tag gets a stand-in class. The contact form is drawn in the
 * browser only (see `BROWSER_ONLY`).
 */
import { CoeBenefitsList } from '../components/benefits-list/benefits-list.js';
import { CoeHighlightsTimeline } from '../components/highlights-timeline/highlights-timeline.js';
import { CoePartnerGrid } from '../components/partner-grid/partner-grid.js';
import { CoePartnership } from '../components/partnership/partnership.js';
import { defineElement } from '../core/registration.js';
import { BADGE_TAG } from './badge-renderer.js';

/** Our six tags: the only ones the server renderer accepts. */
export const COE_TAGS = ['coe-partnership', 'coe-partner-grid', 'coe-highlights-timeline', 'coe-benefits-list', 'coe-contact-form', BADGE_TAG] as const;

export type CoeTag = (typeof COE_TAGS)[number];

export function isCoeTag(tag: string): tag is CoeTag {
  return (COE_TAGS as readonly string[]).includes(tag);
}

/** Why a tag is never rendered on the server. */
export const BROWSER_ONLY: Partial<Record<CoeTag, string>> = {
  'coe-contact-form': 'it sends with JavaScript only (without it, the browser would put the message in the page address), and a saved draft decides its first view',
};

/** The server's stand-in for `<coe-partner-badge>` (BadgeRenderer renders it). */
class CoePartnerBadgeOnServer {}

const SERVER_ELEMENTS: Readonly<Record<string, unknown>> = {
  'coe-partnership': CoePartnership,
  'coe-partner-grid': CoePartnerGrid,
  'coe-highlights-timeline': CoeHighlightsTimeline,
  'coe-benefits-list': CoeBenefitsList,
  [BADGE_TAG]: CoePartnerBadgeOnServer,
};

/** Defines every tag the server renders in the server registry (first-wins, as in the browser). */
export function defineServerElements(): void {
  for (const [tag, constructor] of Object.entries(SERVER_ELEMENTS)) defineElement(tag, constructor as CustomElementConstructor);
}

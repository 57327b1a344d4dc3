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
import { TAGS, type CoeTag } from '../core/tags.js';
import { preloadOnDemand } from '../lit/preload-on-demand.js';

// A server renders in one pass: the data checks and the French and German texts are here from the start (a browser
// imports them on demand).
preloadOnDemand();

export type { CoeTag };

/** Our six tags (core/tags.ts): the only ones the server renderer accepts. */
export const COE_TAGS: readonly CoeTag[] = Object.values(TAGS);

export function isCoeTag(tag: string): tag is CoeTag {
  return (COE_TAGS as readonly string[]).includes(tag);
}

/** Why a tag is never rendered on the server. */
export const BROWSER_ONLY: Partial<Record<CoeTag, string>> = {
  [TAGS.contactForm]:
    'it sends with JavaScript only (without it, the browser would put the message in the page address), and a saved draft decides its first view',
};

/** The server's stand-in for `<coe-partner-badge>` (BadgeRenderer renders it). */
class CoePartnerBadgeOnServer {}

const SERVER_ELEMENTS: Readonly<Record<string, unknown>> = {
  [TAGS.partnership]: CoePartnership,
  [TAGS.partnerGrid]: CoePartnerGrid,
  [TAGS.highlightsTimeline]: CoeHighlightsTimeline,
  [TAGS.benefitsList]: CoeBenefitsList,
  [TAGS.partnerBadge]: CoePartnerBadgeOnServer,
};

/** Defines every tag the server renders in the server registry (first-wins, as in the browser). */
export function defineServerElements(): void {
  for (const [tag, constructor] of Object.entries(SERVER_ELEMENTS)) defineElement(tag, constructor as CustomElementConstructor);
}

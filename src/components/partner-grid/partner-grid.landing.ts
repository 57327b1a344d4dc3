/**
 * The partner badge's verification landing: a verified badge links to the partnership page with
 * `#partner=<id>`; a grid on that page reads the id (on load and on every `hashchange`) and marks
 * that partner. The id is only ever compared with the list's ids and shown as text.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Partner } from '../../core/data/types.js';
import { AnnounceController } from '../../lit/announce-controller.js';

/** The longest id read from the address (a partner id is short; anything longer is not one). */
const MAX_ID_LENGTH = 100;

/** Time between drawing the landing and saying it, so the live region is in place first. */
const ANNOUNCE_DELAY_MS = 150;

/** The partner id of a `#partner=<id>` address, lower-cased; `undefined` for any other address. */
export function partnerIdOf(hash: string): string | undefined {
  const match = /^#partner=([^&]+)/.exec(hash);
  if (!match) return undefined;
  try {
    const id = decodeURIComponent(match[1]).trim().toLowerCase();
    return id ? id.slice(0, MAX_ID_LENGTH) : undefined;
  } catch {
    return undefined;
  }
}

/** What the landing needs of its grid. */
export interface LandingGrid {
  /** The partners, once loaded; `undefined` while they load or when they could not be. */
  loadedPartners(): readonly Partner[] | undefined;
  /** Whether the visitor's search or filter hides `partner`. */
  hides(partner: Partner): boolean;
  /** Clears the search and the filter. */
  showEveryPartner(): void;
}

/** The landing's words, in the grid's language. */
export interface LandingTexts {
  /** "Verified Digital Partner of the Council of Europe since …" for a partner. */
  readonly verified: (partner: Partner) => string;
  /** "No Digital Partner has the id “…”". */
  readonly unknownId: (id: string) => string;
}

/**
 * Follows the page's `#partner=<id>` (on load and on every `hashchange`). For each new request it clears a
 * search or filter that would hide that partner, scrolls to its card once drawn (smoothly unless reduced motion
 * is preferred) and says it politely, or says visibly that no partner has that id. The grid marks the card of
 * `id` (`renderPartnerCard`'s `verifiedText`) and places `renderMessage` above its list.
 */
export class PartnerLandingController implements ReactiveController {
  private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  private readonly grid: LandingGrid;
  /** What the live region says: the partner marked (its id), or the unknown id asked for, once drawn. */
  private readonly announcer: AnnounceController<{ readonly id: string; readonly isKnown: boolean }>;
  /** The partner id the page's address asks for, if any. */
  id?: string;
  /** Counts each time the address asked for a partner (again), so that the grid scrolls to it each time. */
  private arrival = 0;
  /** The request already handled (scrolled to and announced). */
  private handledArrival = 0;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }, grid: LandingGrid) {
    this.host = host;
    this.grid = grid;
    this.announcer = new AnnounceController(host, ANNOUNCE_DELAY_MS);
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('hashchange', this.read);
    this.read();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('hashchange', this.read);
  }

  /** A new request: a search or filter that would hide that partner is cleared, so the visitor sees the card the badge promised. */
  hostUpdate(): void {
    if (!this.id || this.arrival === this.handledArrival) return;
    const partner = this.grid.loadedPartners()?.find((item) => item.id === this.id);
    if (partner && this.grid.hides(partner)) this.grid.showEveryPartner();
  }

  /** Scrolls to the partner asked for once its card is drawn (once per request), and announces it politely. */
  hostUpdated(): void {
    const { id, arrival } = this;
    if (!id && this.announcer.value) this.announcer.now(undefined);
    if (!id || arrival === this.handledArrival || !this.grid.loadedPartners()) return;
    this.handledArrival = arrival;
    const card = this.host.renderRoot.querySelector('.card--verified');
    const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    card?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'instant' : 'smooth' });
    this.announcer.afterPause(() => ({ id, isKnown: card !== null }));
  }

  /**
   * The landing's polite live region: "Microsoft: Verified Digital Partner … since …" (hidden: the card shows
   * it), or, visibly, that no partner has the id asked for. Always in place, filled once drawn.
   */
  renderMessage(partners: readonly Partner[], texts: LandingTexts): unknown {
    const said = this.announcer.value;
    const partner = said?.isKnown ? partners.find((item) => item.id === said.id) : undefined;
    const text = !said ? '' : partner ? `${partner.name}: ${texts.verified(partner)}` : texts.unknownId(said.id);
    return html`<p role="status" part="verification-message" class=${said && !partner ? 'verification-message' : 'visually-hidden'}>${text}</p>`;
  }

  private readonly read = (): void => {
    const id = partnerIdOf(globalThis.location?.hash ?? '');
    if (id === this.id && id === undefined) return;
    this.id = id;
    if (id) this.arrival++;
    this.host.requestUpdate();
  };
}

import { formatCount } from '../../core/i18n/format.js';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Partner } from '../../core/data/types.js';
import { CoeFilterChangeEvent } from '../../core/events.js';
import { CoeDataElement } from '../../lit/coe-data-element.js';
import { defaultPartners } from '../../core/data/default-partners.js';
import { renderDataList } from '../../lit/templates/data-list.js';
import { itemCardStyles } from '../../lit/templates/item-card.styles.js';
import { AnnounceController } from '../../lit/announce-controller.js';
import { dataStatusStyles } from '../../lit/templates/data-status.styles.js';
import { renderPartnerCard } from './partner-grid.card.js';
import { partnerGridEnglish, type PartnerGridMessages } from './partner-grid.messages.js';
import { partnerGridStyles } from './partner-grid.styles.js';
import { oneOf } from '../../lit/one-of.js';
import {
  countByKind,
  foldForSearch,
  KIND_FILTERS,
  matchesPartner,
  PARTNER_SORTS,
  sortPartners,
  type KindFilter,
  type PartnerSort,
} from './partner-grid.query.js';
import { renderToolbar } from './partner-grid.toolbar.js';
import { PartnerLandingController } from './partner-grid.landing.js';

// The types this element's API names (properties, events), exported beside it for tools that read custom-elements.json.
export type { Partner } from '../../core/data/types.js';
export type { CoeDataErrorEvent, CoeFilterChangeEvent } from '../../core/events.js';
export type { Theme } from '../../lit/coe-element.js';
export type { KindFilter, PartnerSort } from './partner-grid.query.js';

/** Quiet time after the last keystroke before the count is announced and `coe-filter-change` fires. */
const ANNOUNCE_DELAY_MS = 500;

/**
 * @tagname coe-partner-grid
 * @summary The partners of the Digital Partnership as a responsive grid of links, with optional search and kind filter.
 *
 * @description With no attribute it shows the 27 partners of the embedded default data. Each partner is a link to its
 * website showing its logo (or a typographic mark built from its name); the kind and join date are shown below the
 * name and tied to the link for screen readers. The grid follows its container's width, from one column at 320px.
 *
 * @attribute {string} lang - Language (`en`, `fr`, `de` or one added with `registerTranslation`; `de-AT` speaks `de`; any other falls back to English); else the closest ancestor's, the provider's or the document's.
 *
 * @csspart toolbar - The row holding the search box and the filter.
 * @csspart search - The search field's wrapper (label and input).
 * @csspart search-input - The search input.
 * @csspart filter - The kind filter (a fieldset of radio buttons).
 * @csspart filter-option - One option of the kind filter.
 * @csspart count - The visible result count (hidden from screen readers: a polite live region says it, once the visitor pauses).
 * @csspart grid - The list of partners.
 * @csspart item - One partner's card.
 * @csspart link - The link to the partner's website.
 * @csspart logo - The logo box (an image, or the monogram).
 * @csspart monogram - The typographic mark shown when there is no logo.
 * @csspart name - The partner's name.
 * @csspart meta - The kind and join date.
 * @csspart description - What became of the partner since it joined ("Now Meta."), from its `description`, under the join date.
 * @csspart verified-item - The card of the partner a badge's verification link (`#partner=<id>`) lands on; it is also an `item`.
 * @csspart verified - The line on that card saying the partner is verified, and since when.
 * @csspart verification-message - The live region saying the landing's result: hidden while the card says it, shown when no partner has the id in the link.
 * @csspart empty - The message shown when nothing matches.
 * @csspart status - The loading or error message.
 * @csspart notice - The note saying some partners were left out as invalid.
 *
 * @cssprop [--coe-grid-min-column=16rem] - Narrowest column before the grid drops a column (10rem by default in containers under 36rem, where the cards are compact tiles).
 * @cssprop [--coe-grid-gap=0.75rem] - Gap between cards.
 * @cssprop [--coe-logo-height=3.5rem] - Height of the logo box.
 * @cssprop --coe-color-primary - Links, monograms, selected filter.
 * @cssprop --coe-color-surface - Card background.
 * @cssprop --coe-color-field-border - The search box's edge: 3:1 or more against the surface.
 * @cssprop --coe-radius - Corner radius of cards and controls.
 * @cssprop --coe-color-accent - The underline of a partner's monogram.
 * @cssprop --coe-color-text-muted - The count, and each partner's kind and join date.
 * @cssprop --coe-color-surface-alt - Background of the monograms, the selected filter option and the loading or error message.
 * @cssprop --coe-color-border - Edges of the cards, the filter options, the empty message and the loading or error message.
 * @cssprop --coe-color-danger - The edge of the message shown when the data cannot be loaded.
 * @cssprop --coe-space - Spacing unit: padding of the cards and gaps of the toolbar.
 * @cssprop --coe-shadow - Shadow of a card under the pointer or the focus.
 * @cssprop --coe-motion-duration - Length of the cards' and filter options' transitions (0s when the visitor prefers reduced motion).
 *
 * @fires {CoeFilterChangeEvent} coe-filter-change - The filter or search changed: `detail.kind`, `detail.query`, `detail.count`.
 * @fires {CoeDataErrorEvent} coe-data-error - Some partners were invalid and left out: `detail.errors` with paths.
 */
export class CoePartnerGrid extends CoeDataElement {
  static override styles = [...CoeDataElement.styles, dataStatusStyles, itemCardStyles, partnerGridStyles];

  /** Partners given directly (an array in the data format); invalid ones are left out and reported. */
  @property({ attribute: false }) partners: readonly Partner[] | undefined = undefined;

  /** Which partners to show: `all`, `company` or `association`. The filter updates it. */
  @oneOf(KIND_FILTERS) @property({ reflect: true }) kind: KindFilter = 'all';

  /** Order: `name` (alphabetical in the visitor's language) or `joined` (oldest first, unknown dates last). */
  @oneOf(PARTNER_SORTS) @property({ reflect: true }) sort: PartnerSort = 'name';

  /** Shows a search box. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** Shows the kind filter (All / Companies / Associations, with counts). */
  @property({ type: Boolean, reflect: true }) filterable = false;

  /** Opens partners' websites in a new tab (announced to screen readers). */
  @property({ type: Boolean, attribute: 'new-tab' }) newTab = false;

  /** The search text as typed. */
  @state() private query = '';
  @state() private brokenLogos: ReadonlySet<string> = new Set();

  /** The count the live region says once the visitor changed the search or filter; updated after they pause. */
  private readonly announcer = new AnnounceController<number>(this, ANNOUNCE_DELAY_MS);
  /** The landing of a badge's verification link: the partner its `#partner=<id>` asks for, marked and announced. */
  private readonly landing = new PartnerLandingController(this, {
    loadedPartners: () => {
      const list = this.dataSource.list('partners', this.partners);
      return list.status === 'ready' ? list.items : undefined;
    },
    hides: (partner) => !matchesPartner(partner, this.kind, foldForSearch(this.query)),
    showEveryPartner: () => {
      this.query = '';
      this.kind = 'all';
    },
  });
  private sorted: { input: readonly Partner[]; sort: PartnerSort; locale: string; output: Partner[] } | undefined;

  /** The partners shown for the current kind and query. */
  get visibleCount(): number {
    const folded = foldForSearch(this.query);
    return this.currentPartners().filter((partner) => matchesPartner(partner, this.kind, folded)).length;
  }

  private currentPartners(): readonly Partner[] {
    return this.dataSource.list('partners', this.partners).items;
  }

  private sortedPartners(partners: readonly Partner[]): Partner[] {
    const { sort } = this;
    const { locale } = this.language;
    const cached = this.sorted;
    if (cached && cached.input === partners && cached.sort === sort && cached.locale === locale) return cached.output;
    const output = sortPartners(partners, sort, locale);
    this.sorted = { input: partners, sort, locale, output };
    return output;
  }

  private readonly onSearch = (event: InputEvent): void => {
    this.holdAnnouncement();
    this.query = (event.target as HTMLInputElement).value;
    this.scheduleAnnouncement();
  };

  private readonly onKind = (event: Event): void => {
    this.holdAnnouncement();
    this.kind = (event.target as HTMLInputElement).value as KindFilter;
    this.scheduleAnnouncement(0);
  };

  private readonly onLogoError = (event: Event): void => {
    const id = (event.target as HTMLImageElement).dataset.id;
    if (id) this.brokenLogos = new Set([...this.brokenLogos, id]);
  };

  /** "Clear the search": the search text only; the kind filter stays as the visitor chose it. */
  private readonly clearSearch = (): void => {
    this.holdAnnouncement();
    this.query = '';
    this.scheduleAnnouncement(0);
    this.focusAfterUpdate('#search');
  };

  /** "Show all partners" (no search text, a kind with no partner): every kind again. */
  private readonly showAll = (): void => {
    this.holdAnnouncement();
    this.kind = 'all';
    this.scheduleAnnouncement(0);
    this.focusAfterUpdate('#search, input[name=kind]:checked');
  };

  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(selector)?.focus());
  }

  /**
   * Before the first change the live region holds the current count (so browse mode finds it, once: the
   * visible count is hidden from assistive technology); from then on it keeps the last count it said until
   * the visitor pauses, so it never speaks at each keystroke.
   */
  private holdAnnouncement(): void {
    if (this.announcer.value === undefined) this.announcer.now(this.visibleCount);
  }

  private scheduleAnnouncement(pauseMs?: number): void {
    const announceChange = (count: number): void =>
      void this.dispatchEvent(new CoeFilterChangeEvent({ kind: this.kind, query: this.query.trim(), count }));
    this.announcer.afterPause(() => this.visibleCount, announceChange, pauseMs);
  }

  protected override defaultLists() {
    return { partners: defaultPartners };
  }

  protected override renderContent(): unknown {
    return renderDataList(this.dataSource.list('partners', this.partners), this.language.view, (partners) => this.renderPartners(partners));
  }

  private renderPartners(partners: readonly Partner[]): unknown {
    const messages = this.language.messagesOf(partnerGridEnglish, 'partnerGrid');
    const folded = foldForSearch(this.query);
    const sorted = this.sortedPartners(partners);
    const counts = countByKind(folded ? sorted.filter((partner) => matchesPartner(partner, 'all', folded)) : sorted);
    const visible = counts[this.kind];
    const countText = (count: number): string => messages.count(count, formatCount(count, this.language.view.locale));
    return html`
      ${renderToolbar({
        messages,
        isSearchable: this.searchable,
        isFilterable: this.filterable,
        query: this.query,
        kind: this.kind,
        counts,
        onSearch: this.onSearch,
        onKind: this.onKind,
      })}
      <p class="count" part="count" aria-hidden="true">${countText(visible)}</p>
      <p class="visually-hidden" role="status">${countText(this.announcer.value ?? visible)}</p>
      ${this.landing.renderMessage(partners, {
        verified: (partner) => this.verifiedText(partner, messages),
        unknownId: messages.unknownPartnerId,
      })}
      <ul class="grid plain-list" part="grid" role="list" aria-label=${messages.listLabel}>
        ${repeat(
          sorted,
          (partner) => partner.id,
          (partner) =>
            renderPartnerCard(partner, this.language.view, {
              isHidden: !matchesPartner(partner, this.kind, folded),
              opensInNewTab: this.newTab,
              hasBrokenLogo: this.brokenLogos.has(partner.id),
              onLogoError: this.onLogoError,
              verifiedText: partner.id === this.landing.id ? this.verifiedText(partner, messages) : undefined,
            }),
        )}
      </ul>
      ${this.renderEmpty(visible, messages)}
    `;
  }

  private verifiedText(partner: Partner, messages: PartnerGridMessages): string {
    return partner.joined ? messages.verifiedPartner(this.language.view.formatDate(partner.joined)) : messages.verifiedPartnerDateUnknown;
  }

  private renderEmpty(visible: number, messages: PartnerGridMessages): unknown {
    if (visible > 0) return nothing;
    const hasQuery = this.query.trim() !== '';
    return html`<div class="empty" part="empty">
      <p>${hasQuery ? messages.emptyForQuery(this.query.trim()) : messages.emptyForKind}</p>
      ${
        hasQuery || this.kind !== 'all'
          ? html`<button type="button" class="button" @click=${hasQuery ? this.clearSearch : this.showAll}>${hasQuery ? messages.clearSearch : messages.showAll}</button>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coe-partner-grid': CoePartnerGrid;
  }
}

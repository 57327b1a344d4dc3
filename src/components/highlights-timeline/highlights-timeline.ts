import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Highlight } from '../../core/data/types.js';
import { CoeDataElement } from '../../lit/coe-data-element.js';
import { defaultHighlights } from '../../core/data/default-highlights.js';
import { renderDataList } from '../../lit/templates/data-list.js';
import { dataStatusStyles } from '../../lit/templates/data-status.styles.js';
import { DEFAULT_HEADING_LEVEL } from '../../lit/templates/heading.js';
import { itemCardStyles } from '../../lit/templates/item-card.styles.js';
import { oneOf } from '../../lit/one-of.js';
import { renderHighlightCard } from './highlights-timeline.card.js';
import { selectHighlights, TIMELINE_ORDERS, type TimelineOrder } from './highlights-timeline.query.js';
import { highlightsTimelineEnglish } from './highlights-timeline.messages.js';
import { highlightsTimelineStyles } from './highlights-timeline.styles.js';

// The types this element's API names (properties, events), exported beside it for tools that read custom-elements.json.
export type { Highlight } from '../../core/data/types.js';
export type { CoeDataErrorEvent } from '../../core/events.js';
export type { Theme } from '../../lit/coe-element.js';
export type { TimelineOrder } from './highlights-timeline.query.js';

/**
 * @tagname coe-highlights-timeline
 * @summary The highlights of the Digital Partnership as a timeline, from the Internet Governance Strategy 2016–2019 to the Framework Convention on Artificial Intelligence.
 *
 * @description With no attribute it shows the highlights of the embedded default data, oldest first, as an ordered
 * list. Each date is a `<time datetime>` shown at the precision the data has ("2023", "February 2020",
 * "8 November 2017"). A highlight with a link offers a "read more" link named after the highlight. The timeline is
 * vertical in narrow containers and two-sided from 48rem of container width; it prints with every card whole.
 *
 * @attribute {string} lang - Language (`en`, `fr`, `de` or one added with `registerTranslation`; `de-AT` speaks `de`; any other falls back to English); else the closest ancestor's, the provider's or the document's.
 * @attribute {'auto' | 'light' | 'dark'} theme - `light` or `dark` forces a colour scheme; `auto` (default) follows the page's `color-scheme`, as the browser's own controls do (light where the page declares none).
 *
 * @csspart list - The ordered list of highlights (it carries the line).
 * @csspart item - One highlight (list item).
 * @csspart marker - The dot on the line.
 * @csspart card - The card holding a highlight's date, title, text and link.
 * @csspart date - The date (`<time>`).
 * @csspart title - The title (a heading at `heading-level`).
 * @csspart text - The description.
 * @csspart link - The "read more" link.
 * @csspart link-icon - The arrow in the link.
 * @csspart empty - The message shown when `from`/`to` leave no highlight.
 * @csspart status - The loading or error message.
 * @csspart notice - The note saying some highlights were left out as invalid.
 *
 * @cssprop [--coe-timeline-line-color=var(--coe-color-primary)] - The line and the markers' rings.
 * @cssprop [--coe-timeline-marker-size=1.125rem] - Diameter of the markers.
 * @cssprop [--coe-timeline-gap=var(--coe-space, 1rem)] - Space between highlights.
 * @cssprop --coe-color-primary - Dates, links and the line.
 * @cssprop --coe-color-accent - Fill of the markers.
 * @cssprop --coe-color-surface - Card background.
 * @cssprop --coe-radius - Corner radius of the cards.
 * @cssprop [--coe-measure=60ch] - Longest line of a title or text (about 70 characters).
 * @cssprop --coe-color-text-muted - The text under each title.
 * @cssprop --coe-color-surface-alt - Background of the loading or error message.
 * @cssprop --coe-color-border - Edges of the cards and of the loading or error message.
 * @cssprop --coe-color-danger - The edge of the message shown when the data cannot be loaded.
 * @cssprop --coe-space - Spacing unit: padding of the cards and space between them.
 * @cssprop --coe-shadow - Shadow of the cards.
 * @cssprop --coe-motion-duration - Length of the cards' transition (0s when the visitor prefers reduced motion).
 *
 * @fires {CoeDataErrorEvent} coe-data-error - Some highlights were invalid and left out (or lost an invalid link): `detail.errors` with paths such as `highlights[2].date`.
 */
export class CoeHighlightsTimeline extends CoeDataElement {
  static override styles = [...CoeDataElement.styles, dataStatusStyles, itemCardStyles, highlightsTimelineStyles];

  /** Highlights given directly; validated, invalid ones left out and reported. Wins over `src`. */
  @property({ attribute: false }) highlights: readonly Highlight[] | undefined = undefined;

  /** `oldest` first (default) or `newest` first. */
  @oneOf(TIMELINE_ORDERS) @property({ reflect: true }) order: TimelineOrder = 'oldest';

  /** First year shown (e.g. `2020`); none by default. */
  @property({ type: Number }) from: number | null = null;

  /** Last year shown (e.g. `2022`); none by default. */
  @property({ type: Number }) to: number | null = null;

  /** Level of the highlights' headings, 2 to 6 (default 3), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  protected override defaultLists() {
    return { highlights: defaultHighlights };
  }

  protected override renderContent(): TemplateResult {
    return renderDataList(this.dataSource.list('highlights', this.highlights), this.language.view, (items) => this.renderTimeline(items));
  }

  private renderTimeline(items: readonly Highlight[]): TemplateResult {
    const messages = this.language.messagesOf(highlightsTimelineEnglish, 'highlightsTimeline');
    const shown = selectHighlights(items, { order: this.order, from: this.from, to: this.to });
    if (shown.length === 0) return html`<p class="empty" part="empty">${messages.empty}</p>`;
    return html`<ol class="timeline plain-list" part="list" aria-label=${messages.listLabel}>
      ${repeat(
        shown,
        (highlight) => highlight.id,
        (highlight) => renderHighlightCard(highlight, this.language.view, messages, this.headingLevel),
      )}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coe-highlights-timeline': CoeHighlightsTimeline;
  }
}

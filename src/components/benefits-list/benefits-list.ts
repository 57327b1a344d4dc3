import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { TextItem } from '../../core/data/types.js';
import { languageOf } from '../../core/i18n/format.js';
import { CoeDataElement } from '../../lit/coe-data-element.js';
import { defaultBenefits } from '../../core/data/default-benefits.js';
import { defaultCooperation } from '../../core/data/default-cooperation.js';
import { renderDataList } from '../../lit/templates/data-list.js';
import { dataStatusStyles } from '../../lit/templates/data-status.styles.js';
import { DEFAULT_HEADING_LEVEL, renderHeading } from '../../lit/templates/heading.js';
import { renderIcon } from '../../lit/templates/icons.js';
import { itemCardStyles } from '../../lit/templates/item-card.styles.js';
import { oneOf } from '../../lit/one-of.js';
import { benefitsListEnglish } from './benefits-list.messages.js';
import { benefitsListStyles } from './benefits-list.styles.js';
import { iconForItem } from './benefits-list.icons.js';

// The types this element's API names (properties, events), exported beside it for tools that read custom-elements.json.
export type { TextItem } from '../../core/data/types.js';
export type { CoeDataErrorEvent } from '../../core/events.js';
export type { Theme } from '../../lit/coe-element.js';

/** Which list of the data to show: `benefits` (the default) or `cooperation`. */
export const BENEFITS_LISTS = ['benefits', 'cooperation'] as const;
export type BenefitsListName = (typeof BENEFITS_LISTS)[number];

/** `list`: rows (the default); `cards`: a responsive grid of cards. */
export const BENEFITS_LAYOUTS = ['list', 'cards'] as const;
export type BenefitsLayout = (typeof BENEFITS_LAYOUTS)[number];

/**
 * @tagname coe-benefits-list
 * @summary The benefits of the Digital Partnership for companies, or (`list="cooperation"`) its forms of cooperation.
 *
 * @description With no attribute it shows the 6 benefits of the embedded default data as a list; `list="cooperation"`
 * shows the 5 forms of cooperation. `layout="cards"` draws a grid of cards that follows its container's width, from
 * one column at 320px. Each item has a real heading (its level set by `heading-level`), its text and a decorative icon.
 *
 * @attribute {string} lang - Language (`en`, `fr`, `de` or one added with `registerTranslation`; `de-AT` speaks `de`; any other falls back to English); else the closest ancestor's, the provider's or the document's.
 * @attribute {'auto' | 'light' | 'dark'} theme - `light` or `dark` forces a colour scheme; `auto` (default) follows the page's `color-scheme`, as the browser's own controls do (light where the page declares none).
 *
 * @csspart list - The list of items.
 * @csspart item - One item (a row, or a card in the `cards` layout).
 * @csspart icon - The item's decorative icon.
 * @csspart title - The item's title (a heading at `heading-level`).
 * @csspart text - The item's text.
 * @csspart empty - The message shown when the list has no item.
 * @csspart status - The loading or error message.
 * @csspart notice - The note saying some items were left out as invalid.
 *
 * @cssprop [--coe-benefits-min-column=16rem] - Narrowest card before the `cards` grid drops a column.
 * @cssprop [--coe-benefits-gap=var(--coe-space, 1rem)] - Space between items.
 * @cssprop --coe-color-primary - Icons.
 * @cssprop --coe-color-surface - Card background.
 * @cssprop --coe-color-surface-alt - Background of the icons' discs and of the loading or error message.
 * @cssprop --coe-radius - Corner radius of the cards.
 * @cssprop [--coe-measure=60ch] - Longest line of a title or text (about 70 characters).
 * @cssprop --coe-color-text-muted - The text under each title.
 * @cssprop --coe-color-border - Edges of the cards and of the loading or error message.
 * @cssprop --coe-color-danger - The edge of the message shown when the data cannot be loaded.
 * @cssprop --coe-space - Spacing unit: padding of the cards and space between them.
 * @cssprop --coe-shadow - Shadow of the cards.
 *
 * @fires {CoeDataErrorEvent} coe-data-error - Some items were invalid and left out: `detail.errors` with paths such as `benefits[1].title`.
 */
export class CoeBenefitsList extends CoeDataElement {
  static override styles = [...CoeDataElement.styles, dataStatusStyles, itemCardStyles, benefitsListStyles];

  /** Items given directly (for the list chosen by `list`); validated, invalid ones left out and reported. Wins over `src`. */
  @property({ attribute: false }) items: readonly TextItem[] | undefined = undefined;

  /** `benefits` (default) or `cooperation`: the forms of cooperation. */
  @oneOf(BENEFITS_LISTS) @property({ reflect: true }) list: BenefitsListName = 'benefits';

  /** `list` (default) or `cards`. */
  @oneOf(BENEFITS_LAYOUTS) @property({ reflect: true }) layout: BenefitsLayout = 'list';

  /** Level of the items' headings, 2 to 6 (default 3), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  protected override defaultLists() {
    return { benefits: defaultBenefits, cooperation: defaultCooperation };
  }

  protected override renderContent(): TemplateResult {
    return renderDataList(this.dataSource.list(this.list, this.items), this.language.view, (items) => this.renderItems(this.list, items));
  }

  private renderItems(name: BenefitsListName, items: readonly TextItem[]): TemplateResult {
    const messages = this.language.messagesOf(benefitsListEnglish, 'benefitsList');
    if (items.length === 0) return html`<p class="empty" part="empty">${messages.empty}</p>`;
    const isCards = this.layout === 'cards';
    return html`<ul class="items plain-list ${isCards ? 'items--cards' : 'items--list'}" part="list" aria-label=${messages.listLabel[name]}>
      ${repeat(
        items,
        (item) => item.id,
        (item) => this.renderItem(item, isCards),
      )}
    </ul>`;
  }

  private renderItem(item: TextItem, isCards: boolean): TemplateResult {
    const { locale, text } = this.language.view;
    return html`<li class="item ${isCards ? 'card' : ''}" part="item">
      ${renderIcon(iconForItem(item.id))}
      <div class="item-body">
        ${renderHeading(this.headingLevel, text(item.title), { className: 'card-title', part: 'title', lang: languageOf(item.title, locale) })}
        <p class="card-text" part="text" lang=${languageOf(item.text, locale)}>${text(item.text)}</p>
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coe-benefits-list': CoeBenefitsList;
  }
}

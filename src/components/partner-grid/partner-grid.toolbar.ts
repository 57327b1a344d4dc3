import { html, nothing, type TemplateResult } from 'lit';
import type { PartnerGridMessages } from './partner-grid.messages.js';
import { KIND_FILTERS, type KindFilter } from './partner-grid.query.js';

export interface ToolbarOptions {
  readonly messages: PartnerGridMessages;
  readonly isSearchable: boolean;
  readonly isFilterable: boolean;
  readonly query: string;
  readonly kind: KindFilter;
  readonly counts: Readonly<Record<KindFilter, number>>;
  readonly onSearch: (event: InputEvent) => void;
  readonly onKind: (event: Event) => void;
}

function kindLabel(messages: PartnerGridMessages, kind: KindFilter): string {
  return kind === 'all' ? messages.filterAll : kind === 'company' ? messages.filterCompanies : messages.filterAssociations;
}

/** The search box and the kind filter (a radio group: one Tab stop, arrow keys inside). */
export function renderToolbar(options: ToolbarOptions): TemplateResult | typeof nothing {
  const { messages, isSearchable, isFilterable } = options;
  if (!isSearchable && !isFilterable) return nothing;
  return html`<div class="toolbar" part="toolbar">
    ${
      isSearchable
        ? html`<div class="search" part="search">
          <label for="search" class="search-label">${messages.searchLabel}</label>
          <input
            id="search"
            part="search-input"
            type="search"
            autocomplete="off"
            spellcheck="false"
            enterkeyhint="search"
            .value=${options.query}
            @input=${options.onSearch}
          />
        </div>`
        : nothing
    }
    ${
      isFilterable
        ? html`<fieldset class="filter" part="filter">
          <legend class="filter-legend">${messages.filterLegend}</legend>
          <div class="filter-options">
            ${KIND_FILTERS.map(
              (kind) => html`<label class="filter-option" part="filter-option">
                <input type="radio" name="kind" value=${kind} .checked=${options.kind === kind} @change=${options.onKind} />
                <span>${kindLabel(messages, kind)} <span class="filter-count">(${options.counts[kind]})</span></span>
              </label>`,
            )}
          </div>
        </fieldset>`
        : nothing
    }
  </div>`;
}

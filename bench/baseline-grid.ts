import type { Locale, Partner } from '../src/core/data/types.js';
import { formatPartialDate } from '../src/core/i18n/format.js';
import { sortPartners, monogramOf, foldForSearch, matchesPartner } from '../src/components/partner-grid/partner-grid.query.js';

/**
 * The naive hand-written DOM baseline: the same cards (same text, same sort,
 * same date formatting, same grid CSS) built with document.createElement, no
 * content-visibility, and a search that rebuilds the list on every keystroke.
 */
const CSS = `
  :host { display: block; font-family: system-ui, sans-serif; line-height: 1.5; }
  input { font: inherit; inline-size: 100%; padding: 0.5rem 0.75rem; border: 2px solid #c5cbd8; border-radius: 0.5rem; }
  ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr)); gap: 0.75rem; }
  li { position: relative; display: flex; flex-direction: column; gap: 0.375rem; padding: 0.75rem; border: 1px solid #c5cbd8; border-radius: 0.5rem; }
  a { display: flex; flex-direction: column; gap: 0.5rem; color: #003399; text-decoration: none; }
  .mark { display: grid; place-items: center; block-size: 3.5rem; background: #f2f4f9; font-weight: 700; font-size: 1.375rem; border-block-end: 3px solid #ffcc00; }
  .name { font-weight: 600; line-height: 1.3; }
  .meta { margin: 0; font-size: 0.875em; color: #4a5163; }
`;

function card(partner: Partner, locale: Locale): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = partner.website;
  link.rel = 'noopener noreferrer';
  link.setAttribute('aria-describedby', `meta-${partner.id}`);
  const mark = document.createElement('span');
  mark.className = 'mark';
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = monogramOf(partner.name);
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = partner.name;
  link.append(mark, name);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.id = `meta-${partner.id}`;
  meta.textContent = `${partner.kind === 'company' ? 'Company' : 'Association'} · ${partner.joined ? `Joined ${formatPartialDate(partner.joined, locale)}` : 'Join date unknown'}`;
  li.append(link, meta);
  return li;
}

export class BaselineGrid extends HTMLElement {
  partners: readonly Partner[] = [];
  private list = document.createElement('ul');

  connectedCallback(): void {
    const root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
    const input = document.createElement('input');
    input.type = 'search';
    input.id = 'search';
    input.addEventListener('input', () => this.fill(input.value));
    root.append(input, this.list);
    this.fill('');
  }

  private fill(query: string): void {
    const folded = foldForSearch(query);
    this.list.textContent = '';
    for (const partner of sortPartners(this.partners, 'name', 'en')) {
      if (matchesPartner(partner, 'all', folded)) this.list.append(card(partner, 'en'));
    }
  }
}
customElements.define('baseline-grid', BaselineGrid);

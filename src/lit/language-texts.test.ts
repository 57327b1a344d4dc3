import { expect, fixture, html } from '@open-wc/testing';
import type { CoePartnerGrid } from '../components/partner-grid/partner-grid.js';
import '../define/partner-grid.js';

/** Every text the grid's shadow root showed, from its first render on. */
function textsShown(grid: Element): () => string[] {
  const shown: string[] = [];
  const record = (): void => void shown.push(grid.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  const observer = new MutationObserver(record);
  const watchRoot = (): void => {
    if (grid.shadowRoot) observer.observe(grid.shadowRoot, { childList: true, subtree: true, characterData: true });
    else requestAnimationFrame(watchRoot);
  };
  watchRoot();
  return () => {
    record();
    observer.disconnect();
    return shown.filter(Boolean);
  };
}

// This file's page has not loaded the French or German texts before its first test: each language arrives on demand.
describe('a widget speaking French or German (texts imported on demand)', () => {
  for (const [lang, english, own] of [
    ['fr', 'Company', 'Partenaire depuis'],
    ['de', 'Company', 'Partner seit'],
  ] as const) {
    it(`draws once, in that language: never English first (${lang})`, async () => {
      const grid = document.createElement('coe-partner-grid') as CoePartnerGrid;
      grid.lang = lang;
      const stop = textsShown(grid);
      await fixture(html`<div>${grid}</div>`);
      await grid.updateComplete;
      const shown = stop();
      expect(shown.length, 'it drew').to.be.above(0);
      expect(shown.filter((text) => text.includes(english))).to.deep.equal([]);
      expect(shown.at(-1)).to.contain(own);
      expect(grid.shadowRoot!.querySelector('.content')!.getAttribute('lang')).to.equal(lang);
    });
  }
});

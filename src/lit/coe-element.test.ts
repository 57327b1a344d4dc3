import { expect, fixture, html } from '@open-wc/testing';
import type { CoePartnerGrid } from '../components/partner-grid/partner-grid.js';
import '../define/partner-grid.js';

// This file's page has not loaded the German texts before: the grid's first update waits for them.
describe('a widget waiting for its language’s texts', () => {
  it('keeps a value set before the texts arrived (an invalid kind still falls back to all)', async () => {
    const grid = document.createElement('coe-partner-grid') as CoePartnerGrid;
    for (const [name, value] of [
      ['lang', 'de'],
      ['kind', 'nonsense'],
      ['filterable', ''],
    ])
      grid.setAttribute(name, value);
    await fixture(html`<div>${grid}</div>`);
    await grid.updateComplete;
    expect(grid.kind).to.equal('all');
    expect(grid.shadowRoot!.querySelectorAll('.card:not([hidden])')).to.have.length(27);
  });
});

// What the partner grid's test files share: a rendered grid, its shadow root and the names a visitor sees.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CoePartnerGrid } from '../../src/components/partner-grid/partner-grid.js';
import '../../src/define/partner-grid.js';

export const shadow = (grid: CoePartnerGrid): ShadowRoot => grid.shadowRoot!;

/** The names of the cards shown now, in order. */
export const visibleNames = (grid: CoePartnerGrid): string[] =>
  [...shadow(grid).querySelectorAll<HTMLElement>('.card:not([hidden]) .name')].map((name) => name.textContent!.trim());

/** A grid (`<coe-partner-grid>` unless `template` says otherwise) once it has rendered. */
export async function renderGrid(template: TemplateResult = html`<coe-partner-grid></coe-partner-grid>`): Promise<CoePartnerGrid> {
  const grid = await fixture<CoePartnerGrid>(template);
  await grid.updateComplete;
  return grid;
}

import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/define/all.js';

/** Every enum attribute of the Lit widgets, with its allowed values (the default first). */
const ENUMS: ReadonlyArray<{ tag: string; attribute: string; property: string; values: readonly string[] }> = [
  { tag: 'coe-partner-grid', attribute: 'kind', property: 'kind', values: ['all', 'company', 'association'] },
  { tag: 'coe-partner-grid', attribute: 'sort', property: 'sort', values: ['name', 'joined'] },
  { tag: 'coe-highlights-timeline', attribute: 'order', property: 'order', values: ['oldest', 'newest'] },
  { tag: 'coe-benefits-list', attribute: 'list', property: 'list', values: ['benefits', 'cooperation'] },
  { tag: 'coe-benefits-list', attribute: 'layout', property: 'layout', values: ['list', 'cards'] },
  { tag: 'coe-contact-form', attribute: 'encoding', property: 'encoding', values: ['json', 'form'] },
  ...['coe-partner-grid', 'coe-highlights-timeline', 'coe-benefits-list', 'coe-contact-form'].map((tag) => ({
    tag,
    attribute: 'theme',
    property: 'theme',
    values: ['auto', 'light', 'dark'],
  })),
];

describe('enum attributes, one rule in every widget', () => {
  for (const { tag, attribute, property, values } of ENUMS) {
    it(`<${tag}> ${attribute}: keeps each allowed value, turns any other into "${values[0]}" and shows it on the element`, async () => {
      const element = document.createElement(tag) as LitElement & Record<string, unknown>;
      (await fixture<HTMLElement>(html`<div></div>`)).append(element);
      await element.updateComplete;
      expect(element.getAttribute(attribute), 'the default is on the element').to.equal(values[0]);
      for (const value of values) {
        element.setAttribute(attribute, value);
        await element.updateComplete;
        expect([element[property], element.getAttribute(attribute)]).to.deep.equal([value, value]);
      }
      element.setAttribute(attribute, 'NONSENSE');
      await element.updateComplete;
      expect([element[property], element.getAttribute(attribute)], 'an unknown attribute value').to.deep.equal([values[0], values[0]]);
      element[property] = values[1];
      await element.updateComplete;
      element[property] = 'other nonsense';
      await element.updateComplete;
      expect([element[property], element.getAttribute(attribute)], 'an unknown property value').to.deep.equal([values[0], values[0]]);
    });
  }
});

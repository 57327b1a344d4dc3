import { expect, fixture, html } from '@open-wc/testing';
import type { CoeBenefitsList } from './benefits-list.js';
import '../../define/benefits-list.js';
import { englishDataTexts } from '../../../test/helpers/data-texts.js';
import { wronglyMarked } from '../../../test/helpers/lang.js';

describe('<coe-benefits-list> in German', () => {
  for (const [list, label] of [
    ['benefits', 'Vorteile der Partnerschaft'],
    ['cooperation', 'Formen der Zusammenarbeit'],
  ] as const) {
    it(`names the ${list} list in German and marks the texts it only has in English as English`, async () => {
      const element = await fixture<CoeBenefitsList>(html`<coe-benefits-list lang="de" list=${list} layout="cards"></coe-benefits-list>`);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part=list]')!.getAttribute('aria-label')).to.equal(label);
      expect(element.shadowRoot!.querySelectorAll('[part=text][lang=en]').length).to.be.above(0);
      expect(wronglyMarked(element, 'de', englishDataTexts())).to.deep.equal([]);
    });
  }

  it('says in German that there is nothing to show', async () => {
    const element = await fixture<CoeBenefitsList>(html`<coe-benefits-list lang="de" .items=${[]}></coe-benefits-list>`);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part=empty]')!.textContent!.trim()).to.equal('Hier gibt es noch nichts anzuzeigen.');
  });
});

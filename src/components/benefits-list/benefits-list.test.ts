import { expect, fixture, html } from '@open-wc/testing';
import { inWidth } from '../../../test/helpers/layout.js';
import '../../define/all.js';
import type { CoeBenefitsList } from './benefits-list.js';
import type { TextItem } from '../../core/data/types.js';
import { LOCALES, expectAccessibleIn } from '../../../test/helpers/a11y.js';
import { waitForText } from '../../../test/helpers/wait.js';
import { expectInvalidDataReported, itShowsSrcStatusIn } from '../../../test/helpers/data-widget.js';

const all = <E extends Element = HTMLElement>(el: Element, selector: string): E[] => [...el.shadowRoot!.querySelectorAll<E>(selector)];
const titles = (el: Element): string[] => all(el, '[part~="title"]').map((title) => title.textContent!.trim());
const listLabel = (el: Element): string | null => el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label');

async function benefits(template: ReturnType<typeof html>): Promise<CoeBenefitsList> {
  const root = await fixture(template);
  const el = (root.localName === 'coe-benefits-list' ? root : root.querySelector('coe-benefits-list')) as CoeBenefitsList;
  await el.updateComplete;
  return el;
}

/** How many items share the first row. */
const firstRowCount = (el: Element): number => {
  const tops = all(el, 'li').map((item) => Math.round(item.getBoundingClientRect().top));
  return tops.filter((top) => top === tops[0]).length;
};

const INVALID_ITEMS = [
  { id: 'kept', title: 'A valid benefit', text: '<img src=x onerror="alert(1)"> stays text' },
  { id: 'no-title', title: '', text: 'Its title is empty.' },
  { id: 'Not Kebab', title: 'A bad id', text: 'Its id is not kebab-case.' },
  { id: 'also-kept', title: { en: 'Second valid benefit', fr: 'Second avantage valide' }, text: { en: 'Fine.', fr: 'Très bien.' } },
] as unknown as TextItem[];

describe('<coe-benefits-list>', () => {
  it('shows the 6 benefits of the partnership as a list, each with a heading, its text and a decorative icon', async () => {
    const el = await benefits(html`<coe-benefits-list></coe-benefits-list>`);
    expect(listLabel(el)).to.equal('Benefits of the partnership');
    expect(all(el, 'ul > li')).to.have.length(6);
    expect(titles(el)[0]).to.equal('Build user trust');
    expect(all(el, 'h3')).to.have.length(6);
    expect(all(el, '[part~="text"]')[2].textContent).to.contain('46 member states');
    const icons = all(el, 'svg');
    expect(icons).to.have.length(6);
    for (const icon of icons) {
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.getAttribute('focusable')).to.equal('false');
    }
  });

  it('shows the 5 forms of cooperation with list="cooperation"', async () => {
    const el = await benefits(html`<coe-benefits-list list="cooperation"></coe-benefits-list>`);
    expect(listLabel(el)).to.equal('Forms of cooperation');
    expect(titles(el)).to.deep.equal([
      'Standard-setting',
      'Conferences and events',
      'Expertise for studies',
      'Training and seminars',
      'Joint projects',
    ]);
  });

  it('speaks French', async () => {
    const el = await benefits(html`<coe-benefits-list lang="fr"></coe-benefits-list>`);
    expect(listLabel(el)).to.equal('Avantages du partenariat');
    expect(titles(el)[0]).to.equal('Renforcer la confiance des utilisateurs');
    el.list = 'cooperation';
    await el.updateComplete;
    expect(listLabel(el)).to.equal('Formes de coopération');
    expect(titles(el)[0]).to.equal('Élaboration de normes');
  });

  for (const layout of ['list', 'cards'] as const) {
    for (const lang of LOCALES) {
      it(`is accessible in the ${layout} layout in ${lang}, for both lists`, async () => {
        await expectAccessibleIn(lang, html`<coe-benefits-list layout=${layout}></coe-benefits-list>`);
        await expectAccessibleIn(lang, html`<coe-benefits-list layout=${layout} list="cooperation" theme="dark"></coe-benefits-list>`);
      });
    }
  }

  it('lays the cards out in a grid that follows its container, one column at 320px', async () => {
    const wide = await benefits(inWidth('60rem', html`<coe-benefits-list layout="cards"></coe-benefits-list>`));
    expect(firstRowCount(wide)).to.be.at.least(3);
    expect(all(wide, 'li').every((item) => item.classList.contains('card'))).to.be.true;
    const narrow = await benefits(inWidth('320px', html`<coe-benefits-list layout="cards"></coe-benefits-list>`));
    expect(firstRowCount(narrow)).to.equal(1);
    expect(narrow.scrollWidth).to.be.at.most(narrow.clientWidth);
    const list = await benefits(inWidth('60rem', html`<coe-benefits-list></coe-benefits-list>`));
    expect(firstRowCount(list)).to.equal(1);
  });

  it('renders titles as headings at the level the host sets', async () => {
    const el = await benefits(html`<coe-benefits-list heading-level="2"></coe-benefits-list>`);
    expect(all(el, 'h2')).to.have.length(6);
    el.headingLevel = 4;
    await el.updateComplete;
    expect(all(el, 'h4')).to.have.length(6);
    el.setAttribute('heading-level', '<h1 onclick=alert(1)>');
    await el.updateComplete;
    expect(all(el, 'h3')).to.have.length(6);
    expect(el.shadowRoot!.querySelector('[onclick]')).to.be.null;
  });

  for (const lang of LOCALES) {
    it(`leaves out invalid items given as a property and reports their paths, the rest render (${lang})`, async () => {
      const el = await benefits(html`<coe-benefits-list lang=${lang} list="cooperation"></coe-benefits-list>`);
      await expectInvalidDataReported(el, () => (el.items = INVALID_ITEMS), ['cooperation[1].title', 'cooperation[2].id']);
      expect(titles(el)).to.deep.equal(['A valid benefit', lang === 'en' ? 'Second valid benefit' : 'Second avantage valide']);
      expect(all(el, '[part~="text"]')[0].textContent).to.equal('<img src=x onerror="alert(1)"> stays text');
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
      expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal(
        lang === 'en'
          ? '2 items could not be shown because their data is invalid.'
          : '2 éléments n’ont pas pu être affichés car leurs données ne sont pas valides.',
      );
      await expect(el).to.be.accessible();
    });

    itShowsSrcStatusIn(lang, 'benefits', {
      loadedWhat: 'the items of its src',
      loading: (src) => html`<coe-benefits-list src=${src}></coe-benefits-list>`,
      failing: (src) => html`<coe-benefits-list layout="cards" src=${src}></coe-benefits-list>`,
      loadedText: { en: 'Build user trust', fr: 'Renforcer la confiance' },
      reserved: [150, 'space kept for the list'],
      list: 'ul',
    });
  }

  it('shows the benefits or the forms of cooperation of its src file', async () => {
    const el = await benefits(html`<coe-benefits-list src="/test/fixtures/highlights-and-benefits.json"></coe-benefits-list>`);
    await waitForText(el, 'Fixture benefit');
    expect(titles(el)).to.deep.equal(['Fixture benefit']);
    el.list = 'cooperation';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Fixture cooperation', 'Second fixture cooperation']);
  });

  it('follows a change of language above it', async () => {
    const root = await fixture(html`<div lang="en"><coe-benefits-list></coe-benefits-list></div>`);
    const el = root.querySelector('coe-benefits-list')!;
    await el.updateComplete;
    root.setAttribute('lang', 'fr');
    await waitForText(el, 'Accéder à un réseau de 46 États');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { inWidth } from '../../../test/helpers/layout.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { emulateForcedColors, FORCED_COLORS_NEED_CDP, itIn, MEDIA_EMULATION, NEEDS_CDP } from '../../../test/helpers/engine.js';
import '../../define/all.js';
import type { CoeHighlightsTimeline } from './highlights-timeline.js';
import type { Highlight } from '../../core/data/types.js';
import { LOCALES, expectAccessibleIn } from '../../../test/helpers/a11y.js';
import { captureConsoleErrors, waitForText } from '../../../test/helpers/wait.js';
import { expectInvalidDataReported, itShowsSrcStatusIn } from '../../../test/helpers/data-widget.js';

const all = <E extends Element = HTMLElement>(el: Element, selector: string): E[] => [...el.shadowRoot!.querySelectorAll<E>(selector)];
const titles = (el: Element): string[] => all(el, '[part~="title"]').map((title) => title.textContent!.trim());
const dates = (el: Element): string[][] => all(el, 'time').map((time) => [time.getAttribute('datetime')!, time.textContent!.trim()]);
const datetimes = (el: Element): string[] => dates(el).map(([datetime]) => datetime);

async function timeline(template: ReturnType<typeof html>): Promise<CoeHighlightsTimeline> {
  const root = await fixture(template);
  const el = (root.localName === 'coe-highlights-timeline' ? root : root.querySelector('coe-highlights-timeline')) as CoeHighlightsTimeline;
  await el.updateComplete;
  return el;
}

const INVALID_HIGHLIGHTS = [
  { id: 'valid-one', date: '2019-04', title: 'A valid highlight', link: 'https://example.org/valid' },
  { id: 'hostile-link', date: '2020', title: 'A highlight with a hostile link', link: 'javascript:alert(document.cookie)' },
  { id: 'bad-date', date: '2021-13-45', title: 'A highlight with an impossible date' },
] as unknown as Highlight[];

describe('<coe-highlights-timeline>', () => {
  it('shows the default highlights oldest first, from the Internet Governance Strategy to the Framework Convention on AI', async () => {
    const el = await timeline(html`<coe-highlights-timeline></coe-highlights-timeline>`);
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.getAttribute('aria-label')).to.equal('Highlights of the Digital Partnership');
    expect(list.querySelectorAll(':scope > li')).to.have.length(9);
    const shown = titles(el);
    expect(shown[0]).to.contain('Internet Governance Strategy 2016–2019');
    expect(shown[1]).to.contain('World Forum for Democracy');
    expect(shown.some((title) => title.includes('metaverse'))).to.be.true;
    expect(shown.at(-1)).to.contain('Framework Convention on Artificial Intelligence');
    expect(datetimes(el)).to.deep.equal([...datetimes(el)].sort());
  });

  const DATES_IN = {
    en: [
      ['2017-11-08', '8 November 2017'],
      ['2020-02', 'February 2020'],
      ['2023', '2023'],
    ],
    fr: [
      ['2017-11-08', '8 novembre 2017'],
      ['2020-02', 'février 2020'],
      ['2023', '2023'],
    ],
  };
  for (const lang of LOCALES) {
    it(`shows each date at the precision of the data in ${lang}`, async () => {
      const el = await timeline(html`<coe-highlights-timeline lang=${lang}></coe-highlights-timeline>`);
      expect(dates(el)).to.deep.include.members(DATES_IN[lang]);
    });
  }

  it('speaks French: titles and labels', async () => {
    const el = await timeline(html`<coe-highlights-timeline lang="fr"></coe-highlights-timeline>`);
    expect(titles(el)).to.include('Lancement du partenariat au Forum mondial de la démocratie');
    expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Temps forts du Partenariat numérique');
  });

  it('puts the newest first when order="newest"', async () => {
    const el = await timeline(html`<coe-highlights-timeline order="newest"></coe-highlights-timeline>`);
    expect(titles(el)[0]).to.contain('opened for signature in Vilnius');
    expect(titles(el).at(-1)).to.contain('Internet Governance Strategy');
    expect(datetimes(el)).to.deep.equal([...datetimes(el)].sort().reverse());
  });

  it('shows only the years between from and to', async () => {
    const el = await timeline(html`<coe-highlights-timeline from="2020" to="2022"></coe-highlights-timeline>`);
    expect(datetimes(el)).to.deep.equal(['2020-02', '2022-05-04', '2022-06']);
    el.removeAttribute('to');
    el.setAttribute('from', '2024');
    await el.updateComplete;
    expect(datetimes(el)).to.deep.equal(['2024-05-17', '2024-09-05']);
    el.removeAttribute('from');
    el.setAttribute('to', '2017');
    await el.updateComplete;
    expect(datetimes(el)).to.deep.equal(['2016-03-30', '2017-11-08']);
  });

  for (const lang of LOCALES) {
    it(`says so politely in ${lang} when from and to leave no highlight`, async () => {
      const el = await expectAccessibleIn(lang, html`<coe-highlights-timeline from="2030"></coe-highlights-timeline>`);
      expect(el.shadowRoot!.querySelector('ol')).to.be.null;
      expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal(
        lang === 'en' ? 'There are no highlights for this period.' : 'Aucun temps fort pour cette période.',
      );
    });
  }

  it('offers a "read more" link, named after its highlight, only where the highlight has a link', async () => {
    const el = await timeline(html`<coe-highlights-timeline></coe-highlights-timeline>`);
    const links = all<HTMLAnchorElement>(el, 'a');
    expect(links).to.have.length(4);
    expect(links[1].href).to.equal('https://www.coe.int/en/web/freedom-expression/digital-partnership');
    expect(links[1].textContent!.trim()).to.equal('Read more about “Partnership launched at the World Forum for Democracy”');
    expect(links[1].querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    el.lang = 'fr';
    await waitForText(el, 'En savoir plus');
    expect(all(el, 'a')[1].textContent!.trim()).to.equal(
      'En savoir plus sur «\u00a0Lancement du partenariat au Forum mondial de la démocratie\u00a0»',
    );
  });

  it('lets the keyboard reach the links in reading order', async () => {
    const el = await timeline(html`<coe-highlights-timeline></coe-highlights-timeline>`);
    const links = all<HTMLAnchorElement>(el, 'a');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(links[0]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(links[1]);
  });

  it('renders titles as headings at the level the host sets, 3 by default', async () => {
    const el = await timeline(html`<coe-highlights-timeline></coe-highlights-timeline>`);
    expect(all(el, 'h3')).to.have.length(9);
    for (const [attribute, tag] of [
      ['2', 'h2'],
      ['5', 'h5'],
      ['1', 'h2'],
      ['9', 'h6'],
      ['three', 'h3'],
    ]) {
      el.setAttribute('heading-level', attribute);
      await el.updateComplete;
      expect(
        all(el, '[part~="title"]').every((title) => title.localName === tag),
        `heading-level="${attribute}"`,
      ).to.be.true;
    }
  });

  for (const lang of LOCALES) {
    it(`leaves out invalid highlights given as a property, reports their paths and never links a bad URL (${lang})`, async () => {
      const el = await timeline(html`<coe-highlights-timeline lang=${lang}></coe-highlights-timeline>`);
      await expectInvalidDataReported(el, () => (el.highlights = INVALID_HIGHLIGHTS), ['highlights[1].link', 'highlights[2].date']);
      expect(datetimes(el)).to.deep.equal(['2019-04', '2020']);
      expect(all<HTMLAnchorElement>(el, 'a').map((link) => link.href)).to.deep.equal(['https://example.org/valid']);
      expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:');
      expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain(
        lang === 'en' ? 'One item could not be shown' : 'Un élément n’a pas pu être affiché',
      );
      await expect(el).to.be.accessible();
    });
  }

  for (const lang of LOCALES) {
    itShowsSrcStatusIn(lang, 'timeline', {
      loadedWhat: 'the highlights',
      loading: (src) => html`<coe-highlights-timeline src=${src}></coe-highlights-timeline>`,
      failing: (src) => html`<coe-highlights-timeline src=${src}></coe-highlights-timeline>`,
      loadedText: { en: 'World Forum for Democracy', fr: 'Forum mondial de la démocratie' },
      reserved: [200, 'space kept for the timeline'],
      list: 'ol',
    });
  }

  it('refuses dates before 1900 instead of showing "0000" as 1900 and "0099-05" as May 1999', async () => {
    const el = await timeline(html`<coe-highlights-timeline></coe-highlights-timeline>`);
    const logged = await captureConsoleErrors(async () => {
      el.highlights = [
        { id: 'kept', date: '1900', title: 'The earliest year shown' },
        { id: 'year-zero', date: '0000', title: 'Year zero' },
        { id: 'two-digit-year', date: '0099-05', title: 'A two-digit year' },
      ] as unknown as Highlight[];
      await el.updateComplete;
    });
    expect(titles(el)).to.deep.equal(['The earliest year shown']);
    expect(dates(el)).to.deep.equal([['1900', '1900']]);
    expect(el.shadowRoot!.textContent).to.not.contain('May 1999');
    expect(logged.join('\n')).to.contain('highlights[1].date').and.to.contain('highlights[2].date');
  });

  it('shows the highlights of its src file', async () => {
    const el = await timeline(html`<coe-highlights-timeline src="/test/fixtures/highlights-and-benefits.json"></coe-highlights-timeline>`);
    await waitForText(el, 'Fixture later highlight');
    expect(titles(el)).to.deep.equal(['Fixture earlier highlight', 'Fixture later highlight']);
    expect(dates(el)).to.deep.equal([
      ['2019', '2019'],
      ['2021-06', 'June 2021'],
    ]);
  });

  it("takes the provider's data and language", async () => {
    const el = await timeline(
      html`<coe-partnership lang="fr" src="/test/fixtures/highlights-and-benefits.json"><coe-highlights-timeline></coe-highlights-timeline></coe-partnership>`,
    );
    await waitForText(el, 'Temps fort antérieur');
    expect(dates(el)[1]).to.deep.equal(['2021-06', 'juin 2021']);
  });

  for (const lang of LOCALES) {
    it(`is two-sided on a wide container and vertical on a narrow one, accessible in both, light and dark (${lang})`, async () => {
      const wide = await expectAccessibleIn(lang, inWidth('60rem', html`<coe-highlights-timeline></coe-highlights-timeline>`));
      const wideCards = all(wide.querySelector('coe-highlights-timeline')!, '.card').map((card) => card.getBoundingClientRect().left);
      expect(wideCards[0]).to.not.equal(wideCards[1]);
      expect(wideCards[0]).to.equal(wideCards[2]);

      const narrow = await expectAccessibleIn(
        lang,
        inWidth('320px', html`<coe-highlights-timeline theme="dark"></coe-highlights-timeline>`),
      );
      const el = narrow.querySelector('coe-highlights-timeline')!;
      const narrowCards = all(el, '.card').map((card) => card.getBoundingClientRect().left);
      expect(new Set(narrowCards).size).to.equal(1);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });
  }

  itIn(MEDIA_EMULATION, NEEDS_CDP, 'has no motion when prefers-reduced-motion asks', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await timeline(html`<coe-highlights-timeline></coe-highlights-timeline>`);
      for (const selector of ['.marker', '.link-icon']) {
        expect(getComputedStyle(el.shadowRoot!.querySelector(selector)!).transitionDuration, selector).to.equal('0s');
      }
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  itIn(MEDIA_EMULATION, FORCED_COLORS_NEED_CDP, 'does not make its dates look like links in forced colours', async () => {
    await emulateForcedColors('active');
    try {
      const el = await timeline(html`<coe-highlights-timeline></coe-highlights-timeline>`);
      const linkText = document.createElement('span');
      linkText.style.color = 'LinkText';
      document.body.append(linkText);
      const linkColor = getComputedStyle(linkText).color;
      linkText.remove();
      expect(getComputedStyle(all(el, 'a')[0]).color, 'a real link has the link colour').to.equal(linkColor);
      for (const date of all(el, 'time')) {
        const style = getComputedStyle(date);
        expect(style.color, `${date.textContent} colour`).to.not.equal(linkColor);
        expect(style.textDecorationLine, `${date.textContent} underline`).to.equal('none');
      }
    } finally {
      await emulateForcedColors('none');
    }
  });

  itIn(MEDIA_EMULATION, NEEDS_CDP, 'prints every highlight whole, with its link address', async () => {
    await emulateMedia({ media: 'print' });
    try {
      const el = await timeline(html`<coe-highlights-timeline></coe-highlights-timeline>`);
      for (const card of all(el, '.card')) {
        expect(card.getBoundingClientRect().height).to.be.above(0);
        expect(getComputedStyle(card).breakInside).to.equal('avoid');
      }
      expect(getComputedStyle(all(el, 'a')[0], '::after').content).to.contain('https://www.coe.int/');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { formatCount, formatPartialDate, languageOf, localize } from './format.js';
import { matchLocale, resolveLocale } from './locale.js';
import { widgetLocales } from './registry.js';
import '../../define/all.js';

describe('dates at the precision the data has', () => {
  const cases: [string, string, string, string][] = [
    ['2017', '2017', '2017', '2017'],
    ['2020-02', 'February 2020', 'février 2020', 'Februar 2020'],
    ['2017-11', 'November 2017', 'novembre 2017', 'November 2017'],
    ['2017-11-08', '8 November 2017', '8 novembre 2017', '8. November 2017'],
    ['2024-01-01', '1 January 2024', '1 janvier 2024', '1. Januar 2024'],
  ];
  for (const [date, english, french, german] of cases) {
    it(`shows ${date} as "${english}", "${french}" and "${german}"`, () => {
      expect(formatPartialDate(date, 'en')).to.equal(english);
      expect(formatPartialDate(date, 'fr')).to.equal(french);
      expect(formatPartialDate(date, 'de')).to.equal(german);
    });
  }

  it('writes counts the German way', () => {
    expect(formatCount(10000, 'de')).to.equal('10.000');
  });
});

describe('localized texts', () => {
  it('picks the language, falls back to English, then to any translation', () => {
    expect(localize({ en: 'Benefits', fr: 'Avantages' }, 'fr')).to.equal('Avantages');
    expect(localize({ en: 'Benefits' }, 'fr')).to.equal('Benefits');
    expect(localize({ de: 'Vorteile' }, 'fr')).to.equal('Vorteile');
    expect(localize('Same everywhere', 'fr')).to.equal('Same everywhere');
  });

  it('says which language a text is shown in, for German and any other language', () => {
    expect(languageOf({ en: 'Benefits', fr: 'Avantages' }, 'de')).to.equal('en');
    expect(languageOf({ en: 'Benefits', de: 'Vorteile' }, 'de')).to.equal('de');
    expect(languageOf({ fr: 'Avantages' }, 'it')).to.equal('fr');
    expect(languageOf('Same everywhere', 'it')).to.equal('it');
  });
});

describe('locale resolution', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('matches regional and unknown tags', () => {
    expect(matchLocale('fr-CA', widgetLocales())).to.equal('fr');
    expect(matchLocale('EN_gb', widgetLocales())).to.equal('en');
    expect(matchLocale('de', widgetLocales())).to.equal('de');
    expect(matchLocale('de-AT', widgetLocales())).to.equal('de');
    expect(matchLocale('ja', widgetLocales())).to.equal(undefined);
  });

  it('matches among the languages a caller has, when it says which', () => {
    expect(matchLocale('de-CH', ['en', 'fr'])).to.equal(undefined);
    expect(matchLocale('fr-BE', ['en', 'fr'])).to.equal('fr');
  });

  it("uses the element's own lang first", async () => {
    const el = await fixture(html`<div lang="en"><span lang="fr"></span></div>`);
    expect(resolveLocale(el.querySelector('span')!, widgetLocales())).to.equal('fr');
  });

  it("uses the closest ancestor's lang, across shadow roots", async () => {
    const outer = await fixture(html`<section lang="fr"><div></div></section>`);
    const host = outer.querySelector('div')!;
    const inner = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner, widgetLocales())).to.equal('fr');
  });

  it("uses the document's lang when nothing closer has one", async () => {
    document.documentElement.setAttribute('lang', 'fr-FR');
    const el = await fixture(html`<p></p>`);
    expect(resolveLocale(el, widgetLocales())).to.equal('fr');
  });

  it('speaks German, from a regional tag too', async () => {
    document.documentElement.setAttribute('lang', 'de-AT');
    const el = await fixture(html`<p></p>`);
    expect(resolveLocale(el, widgetLocales())).to.equal('de');
  });

  it('falls back to English for a language without a catalog', async () => {
    document.documentElement.setAttribute('lang', 'fr');
    const el = await fixture(html`<p lang="ja"></p>`);
    expect(resolveLocale(el, widgetLocales())).to.equal('en');
  });
});

/** The closest `lang` above a node, crossing from a shadow root to its host. */
function languageOfNode(node: Node): string | null {
  for (let current: Node | null = node; current; current = current instanceof ShadowRoot ? current.host : current.parentNode) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang');
  }
  return null;
}

describe('widgets on a page in a language they do not speak', () => {
  it('mark the English they fall back to as English, on every text', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="ja">
      <coe-partner-grid searchable filterable></coe-partner-grid>
      <coe-highlights-timeline></coe-highlights-timeline>
      <coe-benefits-list></coe-benefits-list>
      <coe-benefits-list list="cooperation" layout="cards"></coe-benefits-list>
      <coe-contact-form></coe-contact-form>
      <coe-partner-badge partner="orange"></coe-partner-badge>
    </div>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const widget of root.children) {
      await (widget as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      const walker = document.createTreeWalker(widget.shadowRoot!, NodeFilter.SHOW_TEXT);
      const wrong: string[] = [];
      let texts = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || node.parentElement?.localName === 'style') continue;
        texts++;
        const lang = languageOfNode(node);
        if (lang !== 'en') wrong.push(`"${node.textContent.trim().slice(0, 40)}" is marked ${lang}`);
      }
      expect(texts, widget.localName).to.be.above(0);
      expect(wrong, widget.localName).to.deep.equal([]);
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { formatPartialDate, localize } from '../src/core/i18n/format.js';
import { matchLocale, resolveLocale } from '../src/core/i18n/locale.js';

describe('dates at the precision the data has', () => {
  const cases: [string, string, string][] = [
    ['2017', '2017', '2017'],
    ['2020-02', 'February 2020', 'février 2020'],
    ['2017-11', 'November 2017', 'novembre 2017'],
    ['2017-11-08', '8 November 2017', '8 novembre 2017'],
    ['2024-01-01', '1 January 2024', '1 janvier 2024'],
  ];
  for (const [date, english, french] of cases) {
    it(`shows ${date} as "${english}" and "${french}"`, () => {
      expect(formatPartialDate(date, 'en')).to.equal(english);
      expect(formatPartialDate(date, 'fr')).to.equal(french);
    });
  }
});

describe('localized texts', () => {
  it('picks the language, falls back to English, then to any translation', () => {
    expect(localize({ en: 'Benefits', fr: 'Avantages' }, 'fr')).to.equal('Avantages');
    expect(localize({ en: 'Benefits' }, 'fr')).to.equal('Benefits');
    expect(localize({ de: 'Vorteile' }, 'fr')).to.equal('Vorteile');
    expect(localize('Same everywhere', 'fr')).to.equal('Same everywhere');
  });
});

describe('locale resolution', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('matches regional and unknown tags', () => {
    expect(matchLocale('fr-CA')).to.equal('fr');
    expect(matchLocale('EN_gb')).to.equal('en');
    expect(matchLocale('de')).to.equal(undefined);
  });

  it("uses the element's own lang first", async () => {
    const el = await fixture(html`<div lang="en"><span lang="fr"></span></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('fr');
  });

  it("uses the closest ancestor's lang, across shadow roots", async () => {
    const outer = await fixture(html`<section lang="fr"><div></div></section>`);
    const host = outer.querySelector('div')!;
    const inner = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('fr');
  });

  it("uses the document's lang when nothing closer has one", async () => {
    document.documentElement.setAttribute('lang', 'fr-FR');
    const el = await fixture(html`<p></p>`);
    expect(resolveLocale(el)).to.equal('fr');
  });

  it('falls back to English for a language without a catalog', async () => {
    document.documentElement.setAttribute('lang', 'fr');
    const el = await fixture(html`<p lang="de"></p>`);
    expect(resolveLocale(el)).to.equal('en');
  });
});

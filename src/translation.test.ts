import { expect, fixture, html } from '@open-wc/testing';
import * as cdn from './define/all.js';
import * as npm from './index.js';
import { builtInTranslation, registerTranslation, type Translation } from './translation.js';
import type { CoeContactForm, CoePartnerGrid } from './index.js';
import { englishDataTexts } from '../test/helpers/data-texts.js';
import { wronglyMarked } from '../test/helpers/lang.js';

const en = builtInTranslation('en');

/** A small Italian translation, typed in full as a host would write it. */
const italian: Translation = {
  $code: 'it',
  $name: 'Italiano',
  common: { ...en.common, kind: { company: 'Azienda', association: 'Associazione' }, joined: (date) => `Partner dal ${date}` },
  partnerGrid: {
    ...en.partnerGrid,
    listLabel: 'Partner del Partenariato digitale',
    searchLabel: 'Cerca partner',
    count: (count) => `${count} partner`,
  },
  highlightsTimeline: { ...en.highlightsTimeline, listLabel: 'Momenti salienti del Partenariato digitale' },
  benefitsList: { ...en.benefitsList, listLabel: { benefits: 'Vantaggi del partenariato', cooperation: 'Forme di cooperazione' } },
  contactForm: {
    ...en.contactForm,
    send: 'Invia il messaggio',
    errors: { ...en.contactForm.errors, required: { ...en.contactForm.errors.required, name: 'Inserisci il tuo nome e cognome' } },
  },
};

// @ts-expect-error TypeScript names the section a translation misses.
const incomplete: Translation = {
  $code: 'xx',
  $name: 'X',
  common: en.common,
  partnerGrid: en.partnerGrid,
  highlightsTimeline: en.highlightsTimeline,
  benefitsList: en.benefitsList,
};
void incomplete;

const text = (element: Element, selector: string): string =>
  element.shadowRoot!.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
const label = (element: Element, selector: string): string | null =>
  element.shadowRoot!.querySelector(selector)!.getAttribute('aria-label');

describe('registerTranslation', () => {
  it('is a public export of the npm entry and of the CDN file', () => {
    expect(npm.registerTranslation).to.equal(registerTranslation);
    expect(cdn.registerTranslation).to.equal(registerTranslation);
    expect(npm.builtInTranslation('de').partnerGrid.searchLabel).to.equal('Partner suchen');
  });

  it('adds a language: widgets already shown in English for it re-render in it, data texts marked English', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="it-CH">
      <coe-partner-grid searchable></coe-partner-grid>
      <coe-highlights-timeline></coe-highlights-timeline>
      <coe-benefits-list></coe-benefits-list>
    </div>`);
    const [grid, timeline, benefits] = [...root.children] as CoePartnerGrid[];
    for (const widget of [grid!, timeline!, benefits!]) await widget.updateComplete;
    expect(label(grid!, '[part=grid]')).to.equal('Partners of the Digital Partnership');

    registerTranslation(italian);
    for (const widget of [grid!, timeline!, benefits!]) await widget.updateComplete;

    expect(label(grid!, '[part=grid]')).to.equal('Partner del Partenariato digitale');
    expect(text(grid!, 'label[for=search]')).to.equal('Cerca partner');
    expect(text(grid!, '[part=count]')).to.equal('27 partner');
    expect(text(grid!, '.card .meta')).to.match(/^(Azienda|Associazione), · Partner dal \d/);
    expect(grid!.shadowRoot!.textContent).to.include('Partner dal 8 novembre 2017');
    expect(label(timeline!, '[part=list]')).to.equal('Momenti salienti del Partenariato digitale');
    expect(text(timeline!, '[part=date]')).to.match(/^(\d+ )?[a-z]+ \d{4}$|^\d{4}$/);
    expect(label(benefits!, '[part=list]')).to.equal('Vantaggi del partenariato');
    for (const widget of [grid!, timeline!, benefits!])
      expect(wronglyMarked(widget, 'it', englishDataTexts()), widget.localName).to.deep.equal([]);
  });

  it('shows English where a translation misses a text, even one TypeScript was told about', async () => {
    const missing = {
      $code: 'it',
      $name: 'Italiano',
      partnerGrid: { listLabel: 'Partner del Partenariato digitale', count: 'not a function' },
    };
    registerTranslation(missing as unknown as Translation);
    const grid = await fixture<CoePartnerGrid>(html`<coe-partner-grid lang="it" searchable></coe-partner-grid>`);
    await grid.updateComplete;
    expect(label(grid, '[part=grid]')).to.equal('Partner del Partenariato digitale');
    expect(text(grid, 'label[for=search]')).to.equal('Search partners');
    expect(text(grid, '[part=count]')).to.equal('27 partners');
    expect(grid.shadowRoot!.textContent).to.include('Joined 8 novembre 2017');
    registerTranslation(italian);
    await grid.updateComplete;
    expect(text(grid, 'label[for=search]')).to.equal('Cerca partner');
  });

  it('gives the contact form its texts and error words in the registered language', async () => {
    registerTranslation(italian);
    const form = await fixture<CoeContactForm>(html`<coe-contact-form lang="it"></coe-contact-form>`);
    await form.updateComplete;
    expect(text(form, 'button[type=submit]')).to.equal('Invia il messaggio');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await form.updateComplete;
    expect(text(form, '#name-error')).to.equal('Error: Inserisci il tuo nome e cognome');
    expect(text(form, '#email-error')).to.equal('Error: Enter your email address');
    expect(form.shadowRoot!.querySelector('form')!.lang).to.equal('it');
  });

  it('lets a host adjust a built-in language', async () => {
    const german = builtInTranslation('de');
    registerTranslation({ ...german, partnerGrid: { ...german.partnerGrid, searchLabel: 'Partnerunternehmen suchen' } });
    const grid = await fixture<CoePartnerGrid>(html`<coe-partner-grid lang="de" searchable></coe-partner-grid>`);
    await grid.updateComplete;
    expect(text(grid, 'label[for=search]')).to.equal('Partnerunternehmen suchen');
    expect(text(grid, '[part=count]')).to.equal('27 Partner');
  });

  it('refuses a code that is not a language tag', () => {
    expect(() => registerTranslation({ ...italian, $code: 'not a tag' })).to.throw(RangeError);
  });
});

describe('registerTranslation with a regional tag', () => {
  it('registers the language, for every regional form of it', async () => {
    registerTranslation({
      ...italian,
      $code: 'pt-BR',
      $name: 'Português',
      partnerGrid: { ...italian.partnerGrid, searchLabel: 'Pesquisar parceiros' },
    });
    const grid = await fixture<CoePartnerGrid>(html`<coe-partner-grid lang="pt-PT" searchable></coe-partner-grid>`);
    await grid.updateComplete;
    expect(text(grid, 'label[for=search]')).to.equal('Pesquisar parceiros');
    expect(grid.shadowRoot!.querySelector('.content')!.getAttribute('lang')).to.equal('pt');
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CoePartnerGrid } from './partner-grid.js';
import { builtInTranslation } from '../../translation.js';
import '../../define/partner-grid.js';
import { englishDataTexts } from '../../../test/helpers/data-texts.js';
import { wronglyMarked } from '../../../test/helpers/lang.js';

async function germanGrid(): Promise<CoePartnerGrid> {
  const grid = await fixture<CoePartnerGrid>(html`<div lang="de-AT"><coe-partner-grid searchable filterable></coe-partner-grid></div>`);
  const element = grid.querySelector('coe-partner-grid')!;
  await element.updateComplete;
  return element;
}

const text = (grid: CoePartnerGrid, selector: string): string =>
  grid.shadowRoot!.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();

describe('<coe-partner-grid> in German', () => {
  it('labels its list, search and filter in German', async () => {
    const grid = await germanGrid();
    expect(grid.shadowRoot!.querySelector('[part=grid]')!.getAttribute('aria-label')).to.equal('Partner der Digitalen Partnerschaft');
    expect(text(grid, '[part=count]')).to.equal('27 Partner');
    expect(text(grid, 'label[for=search]')).to.equal('Partner suchen');
    expect(text(grid, 'legend')).to.equal('Art des Partners');
    const options = [...grid.shadowRoot!.querySelectorAll('[part=filter-option]')].map((option) => option.textContent!.trim());
    expect(options).to.deep.equal(['Alle (27)', 'Unternehmen (15)', 'Verbände (12)']);
  });

  it('says when each partner joined in German, at the precision known', async () => {
    const grid = await germanGrid();
    const metaOf = (name: string) =>
      [...grid.shadowRoot!.querySelectorAll('.card')]
        .find((card) => card.querySelector('.name')!.textContent!.trim() === name)!
        .querySelector('.meta')!.textContent!;
    expect(metaOf('Apple')).to.include('Unternehmen').and.include('Partner seit 8. November 2017');
    expect(metaOf('The LEGO Group')).to.include('Partner seit Juni 2022');
  });

  it('tells in German that a search found nothing', async () => {
    const grid = await germanGrid();
    grid.shadowRoot!.querySelector<HTMLInputElement>('#search')!.focus();
    await sendKeys({ type: 'zzz' });
    await grid.updateComplete;
    expect(text(grid, '[part=empty]')).to.include('Kein Partner passt zu „zzz“.');
  });

  it('marks the descriptions it only has in English as English, and everything else as German', async () => {
    const grid = await germanGrid();
    expect(grid.shadowRoot!.querySelectorAll('[part=description][lang=en]').length).to.be.above(0);
    expect(wronglyMarked(grid, 'de', englishDataTexts())).to.deep.equal([]);
  });

  it('has the verification landing’s texts in English, French and German', () => {
    const [en, fr, de] = (['en', 'fr', 'de'] as const).map((locale) => builtInTranslation(locale).partnerGrid);
    expect(en.verifiedPartner('8 November 2017')).to.equal('Verified Digital Partner of the Council of Europe since 8 November 2017');
    expect(en.verifiedPartnerDateUnknown).to.equal('Verified Digital Partner of the Council of Europe (join date unknown)');
    expect(en.unknownPartnerId('x')).to.equal('No Digital Partner has the id “x”.');
    expect(fr.verifiedPartner('8 novembre 2017')).to.equal('Partenaire numérique du Conseil de l’Europe vérifié depuis le 8 novembre 2017');
    expect(fr.unknownPartnerId('x')).to.equal('Aucun partenaire numérique n’a l’identifiant «\u00a0x\u00a0».');
    expect(de.verifiedPartner('8. November 2017')).to.equal('Verifizierter Digitaler Partner des Europarats seit dem 8. November 2017');
    expect(de.verifiedPartner('Juni 2022')).to.equal('Verifizierter Digitaler Partner des Europarats seit Juni 2022');
    expect(de.verifiedPartnerDateUnknown).to.equal('Verifizierter Digitaler Partner des Europarats (Beitrittsdatum unbekannt)');
    expect(de.unknownPartnerId('x')).to.equal('Kein Digitaler Partner hat die Kennung „x“.');
  });

  describe('as the landing of a badge’s verification link', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    async function landOn(hash: string): Promise<CoePartnerGrid> {
      history.replaceState(null, '', hash);
      const grid = await fixture<CoePartnerGrid>(html`<coe-partner-grid lang="de"></coe-partner-grid>`);
      await waitUntil(() => grid.shadowRoot!.querySelector('[part=verification-message]')?.textContent?.trim(), 'the landing is announced');
      return grid;
    }

    it('marks the partner in German', async () => {
      const grid = await landOn('#partner=telefonica');
      expect(text(grid, '[part~=verified-item] [part=verified]')).to.include(
        'Verifizierter Digitaler Partner des Europarats seit dem 8. November 2017',
      );
    });

    it('says in German that no partner has an unknown id', async () => {
      const grid = await landOn('#partner=nobody');
      expect(text(grid, '[part=verification-message]')).to.equal('Kein Digitaler Partner hat die Kennung „nobody“.');
    });
  });
});

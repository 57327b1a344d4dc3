// The partner grid's data: invalid partners left out and reported, the list limit, and data loaded from a src.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CoePartnerGrid } from './partner-grid.js';
import type { CoeDataErrorEvent } from '../../core/events.js';
import type { Partner } from '../../core/data/types.js';
import '../../define/partnership.js';
import { LOCALES } from '../../../test/helpers/a11y.js';
import { checkDataDocument } from '../../core/data/check.js';
import { renderGrid, shadow, visibleNames } from '../../../test/helpers/partner-grid.js';
import { captureConsoleErrors, waitForText } from '../../../test/helpers/wait.js';

const notices = (grid: CoePartnerGrid): string[] =>
  [...shadow(grid).querySelectorAll('[part=notice]')].map((notice) => notice.textContent!.trim());

/** A grid given `partners` as its property (invalid on purpose: a host's data is checked at run time), and what the console said. */
async function gridGivenPartners(partners: object[]): Promise<{ grid: CoePartnerGrid; logged: string }> {
  const grid = await renderGrid();
  const logged = await captureConsoleErrors(async () => {
    grid.partners = partners as Partner[];
    await grid.updateComplete;
  });
  return { grid, logged: logged.join('\n') };
}

describe('<coe-partner-grid> data', () => {
  it('leaves out invalid partners, reports their paths and never links a javascript: website', async () => {
    const grid = await renderGrid();
    const logged = await captureConsoleErrors(async () => {
      const event = oneEvent(grid, 'coe-data-error') as Promise<CoeDataErrorEvent>;
      grid.partners = [
        { id: 'safe', name: 'Safe Partner', kind: 'company', joined: '2019', website: 'https://safe.example/' },
        { id: 'evil', name: 'Evil Partner', kind: 'company', joined: '2019', website: 'javascript:alert(1)' },
        { id: 'odd', name: 'Odd Partner', kind: 'robot', joined: 'yesterday', website: 'https://odd.example/' },
      ] as unknown as Partner[]; // invalid on purpose: a host's data is checked at run time
      const { detail } = await event;
      expect(detail.errors.map((error) => error.path)).to.deep.equal(['partners[1].website', 'partners[2].kind', 'partners[2].joined']);
    });
    await grid.updateComplete;
    expect(visibleNames(grid)).to.deep.equal(['Safe Partner']);
    expect([...shadow(grid).querySelectorAll('a')].some((a) => a.getAttribute('href')!.startsWith('javascript'))).to.equal(false);
    expect(shadow(grid).textContent).to.not.contain('Evil Partner');
    expect(shadow(grid).querySelector('[part=notice]')!.textContent).to.equal('2 items could not be shown because their data is invalid.');
    expect(logged.join('\n')).to.contain('partners[1].website');
    await expect(grid).to.be.accessible();
  });

  it('refuses a join year before 1900 instead of showing "0050" as Joined 1950', async () => {
    const { grid, logged } = await gridGivenPartners([
      { id: 'kept', name: 'Kept Partner', kind: 'company', joined: '1900-01-01', website: 'https://kept.example/' },
      { id: 'ancient', name: 'Ancient Partner', kind: 'company', joined: '0050', website: 'https://ancient.example/' },
    ]);
    expect(visibleNames(grid)).to.deep.equal(['Kept Partner']);
    expect(shadow(grid).textContent).to.contain('Joined 1 January 1900').and.not.to.contain('1950');
    expect(logged).to.contain('partners[1].joined');
  });

  it('draws no card for a name made only of invisible characters, so every link has a name', async () => {
    const { grid, logged } = await gridGivenPartners([
      { id: 'seen', name: 'Seen Partner', kind: 'company', joined: '2020', website: 'https://seen.example/' },
      { id: 'zero-width', name: '\u200B\u200B\u2060', kind: 'company', joined: '2020', website: 'https://zero-width.example/' },
      { id: 'controls', name: '\u0000\u0001', kind: 'company', joined: '2020', website: 'https://controls.example/' },
    ]);
    const links = [...shadow(grid).querySelectorAll<HTMLAnchorElement>('a.link')];
    expect(links.map((link) => link.href)).to.deep.equal(['https://seen.example/']);
    for (const link of links) expect(link.textContent).to.match(/[\p{L}\p{N}\p{P}\p{S}]/u);
    expect(logged).to.contain('partners[1].name').and.to.contain('partners[2].name');
  });

  it('leaves out a partner whose website has a space inside, as the server renderer does', async () => {
    const { grid, logged } = await gridGivenPartners([
      { id: 'spaced', name: 'Spaced Partner', kind: 'company', joined: '2020', website: 'https://exa mple.com/' },
      { id: 'plain', name: 'Plain Partner', kind: 'company', joined: '2020', website: 'https://example.com/' },
    ]);
    expect(visibleNames(grid)).to.deep.equal(['Plain Partner']);
    expect(shadow(grid).innerHTML).to.not.contain('exa%20mple');
    expect(logged).to.contain('partners[0].website');
  });

  it('shows the valid partner of a huge sparse list at once, reading no further than the limit', async () => {
    const grid = await renderGrid();
    const partner = { id: 'only', name: 'Only Partner', kind: 'company', joined: '2020', website: 'https://only.example/' };
    await captureConsoleErrors(async () => {
      grid.partners = Object.assign([partner], { length: 2 ** 32 - 1 }) as unknown as Partner[];
      await grid.updateComplete;
    });
    expect(visibleNames(grid)).to.deep.equal(['Only Partner']);
    expect(notices(grid)).to.include('Only the first 10,000 items are shown: the list has 4,294,967,295.');
  });

  const cutNotices = {
    en: ['9,999 items could not be shown because their data is invalid.', 'Only the first 10,000 items are shown: the list has 100,000.'],
    fr: [
      '9\u202f999 éléments n’ont pas pu être affichés car leurs données ne sont pas valides.',
      'Seuls les 10\u202f000 premiers éléments sont affichés\u00a0: la liste en compte 100\u202f000.',
    ],
  };
  for (const lang of LOCALES) {
    it(`says in ${lang} that a list longer than the limit was cut there, with its numbers written the ${lang} way`, async () => {
      const grid = await renderGrid(html`<coe-partner-grid lang=${lang}></coe-partner-grid>`);
      const partner = { id: 'repeated', name: 'Repeated Partner', kind: 'company', joined: '2020', website: 'https://repeated.example/' };
      await captureConsoleErrors(async () => {
        grid.partners = new Array(100_000).fill(partner);
        await grid.updateComplete;
      });
      expect(visibleNames(grid)).to.deep.equal(['Repeated Partner']);
      expect(notices(grid)).to.deep.equal(cutNotices[lang]);
      await expect(grid).to.be.accessible();
    });
  }

  for (const lang of LOCALES) {
    it(`says politely in ${lang} that a src that 404s could not be loaded`, async () => {
      let grid!: CoePartnerGrid;
      const logged = await captureConsoleErrors(async () => {
        grid = await renderGrid(html`<coe-partner-grid lang=${lang} src="/test/fixtures/missing.json"></coe-partner-grid>`);
        await waitUntil(() => shadow(grid).querySelector('.data-status--error'), 'error shown');
      });
      expect(shadow(grid).textContent).to.contain(lang === 'en' ? 'could not be loaded' : 'n’ont pas pu être chargées');
      expect(logged.join('\n')).to.contain('404');
      await expect(grid).to.be.accessible();
    });

    it(`shows a loading status in ${lang} while src loads`, async () => {
      const grid = await renderGrid(html`<coe-partner-grid lang=${lang} src=${`/test-api/slow?ms=500&for=${lang}`}></coe-partner-grid>`);
      expect(shadow(grid).querySelector('[part=status]')!.textContent).to.equal(lang === 'en' ? 'Loading…' : 'Chargement…');
      await expect(grid).to.be.accessible();
      await waitForText(grid, 'Slow Partner');
    });
  }

  const notDataDocuments = [
    ['null', 'document-null.json', 'The file must be a JSON object, such as {"partners": [ ]}. ((root))'],
    ['[]', 'document-array.json', 'The file must be a JSON object, such as {"partners": [ ]}. ((root))'],
    ['42', 'document-number.json', 'The file must be a JSON object, such as {"partners": [ ]}. ((root))'],
    ['"x"', 'document-string.json', 'The file must be a JSON object, such as {"partners": [ ]}. ((root))'],
    ['{"partners": "x"}', 'partners-not-a-list.json', 'The list of partners must be a list in square brackets [ ]. (partners)'],
  ] as const;
  for (const [body, file, consoleText] of notDataDocuments) {
    it(`says politely that a src whose body is ${body} cannot be shown (no "try again"), and names the field in the console`, async () => {
      let grid!: CoePartnerGrid;
      const logged = await captureConsoleErrors(async () => {
        grid = await renderGrid(html`<coe-partner-grid src=${`/test/fixtures/${file}`}></coe-partner-grid>`);
        await waitUntil(() => shadow(grid).querySelector('.data-status--error'), 'error shown', { timeout: 3000 });
      });
      expect(shadow(grid).querySelector('[part=status]')!.textContent).to.equal('This information cannot be shown.');
      expect(shadow(grid).querySelectorAll('.card')).to.have.length(0);
      expect(logged.join('\n')).to.contain(file).and.to.contain(consoleText);
    });
  }

  it('says a src that is not valid JSON cannot be shown, and gives its line and column in the console, in the page’s language', async () => {
    let grid!: CoePartnerGrid;
    const logged = await captureConsoleErrors(async () => {
      grid = await renderGrid(html`<coe-partner-grid lang="fr" src="/test/fixtures/trailing-comma.json"></coe-partner-grid>`);
      await waitUntil(() => shadow(grid).querySelector('.data-status--error'), 'error shown', { timeout: 3000 });
    });
    expect(shadow(grid).querySelector('[part=status]')!.textContent).to.equal('Ces informations ne peuvent pas être affichées.');
    expect(logged).to.have.length(1);
    expect(logged[0]).to.contain('/test/fixtures/trailing-comma.json').and.to.contain('ligne 4, colonne 3');
    expect(logged[0]).to.contain('\n  ]\n  ^');
  });

  it('names an invalid item in the console as the coe-widgets command does: its position from 1, its name, what to do', async () => {
    let logged: string[] = [];
    logged = await captureConsoleErrors(async () => {
      const grid = await renderGrid(html`<coe-partner-grid lang="fr" src="/test/fixtures/partly-invalid.json"></coe-partner-grid>`);
      await waitUntil(() => shadow(grid).querySelector('[part=notice]'), 'notice shown', { timeout: 3000 });
    });
    expect(logged).to.have.length(1);
    const document = await (await fetch('/test/fixtures/partly-invalid.json')).json();
    const [finding] = checkDataDocument(document, 'fr').findings;
    expect(logged[0], 'the console says what the Data page and the command say').to.contain(finding.text);
    expect(logged[0]).to.contain(
      'Partenaire 2, «\u00a0Hostile Partner\u00a0»\u00a0: le site web «\u00a0javascript:alert(document.cookie)\u00a0» doit être une adresse complète commençant par https://. (partners[1].website)',
    );
  });

  it("takes a provider's data", async () => {
    const root = await fixture(
      html`<coe-partnership src="/test/fixtures/partnership.json"><coe-partner-grid></coe-partner-grid></coe-partnership>`,
    );
    const grid = root.querySelector('coe-partner-grid')!;
    await waitForText(grid, 'Fixture One');
    expect(visibleNames(grid)).to.deep.equal(['Fixture One', 'Fixture Two']);
  });

  it('shows partners given as a property even when its provider could not load its src', async () => {
    let grid!: CoePartnerGrid;
    await captureConsoleErrors(async () => {
      const root = await fixture(
        html`<coe-partnership src="/test/fixtures/missing.json"><coe-partner-grid></coe-partner-grid></coe-partnership>`,
      );
      grid = root.querySelector('coe-partner-grid')!;
      grid.partners = [{ id: 'given', name: 'Given Partner', kind: 'company', joined: '2020', website: 'https://given.example/' }];
      await waitUntil(() => (root as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete, 'provider settled');
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    await grid.updateComplete;
    expect(visibleNames(grid)).to.deep.equal(['Given Partner']);
    expect(shadow(grid).querySelector('.data-status--error')).to.equal(null);
  });
});

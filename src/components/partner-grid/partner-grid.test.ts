import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateForcedColors, FORCED_COLORS_NEED_CDP, itIn, MEDIA_EMULATION } from '../../../test/helpers/engine.js';
import type { CoePartnerGrid } from './partner-grid.js';
import { defaultData } from '../../core/data/default-data.js';
import type { CoeDataErrorEvent, CoeFilterChangeEvent } from '../../core/events.js';
import type { Partner } from '../../core/data/types.js';
import '../../define/partner-grid.js';
import '../../define/partnership.js';
import { accessibleDescription, expectAccessibleIn, LOCALES, textForAssistiveTechnology } from '../../../test/helpers/a11y.js';
import { boundaryContrast, hasBorder, ratio, textContrast } from '../../../test/helpers/contrast.js';
import { captureConsoleErrors, waitForText } from '../../../test/helpers/wait.js';

const defaultPartners = defaultData.partners ?? [];
const companies = defaultPartners.filter((partner) => partner.kind === 'company');

const shadow = (grid: CoePartnerGrid): ShadowRoot => grid.shadowRoot!;
const visibleNames = (grid: CoePartnerGrid): string[] =>
  [...shadow(grid).querySelectorAll<HTMLElement>('.card:not([hidden]) .name')].map((name) => name.textContent!.trim());
const notices = (grid: CoePartnerGrid): string[] =>
  [...shadow(grid).querySelectorAll('[part=notice]')].map((notice) => notice.textContent!.trim());
const liveRegion = (grid: CoePartnerGrid): string => shadow(grid).querySelector('[role=status]')!.textContent!.trim();

async function renderGrid(template = html`<coe-partner-grid></coe-partner-grid>`): Promise<CoePartnerGrid> {
  const grid = await fixture<CoePartnerGrid>(template);
  await grid.updateComplete;
  return grid;
}

/** Types into the search box with real key presses. */
async function typeQuery(grid: CoePartnerGrid, text: string): Promise<void> {
  shadow(grid).querySelector<HTMLInputElement>('#search')!.focus();
  await sendKeys({ type: text });
  await grid.updateComplete;
}

/** A grid given `partners` as its property (invalid on purpose: a host's data is checked at run time), and what the console said. */
async function gridGivenPartners(partners: object[]): Promise<{ grid: CoePartnerGrid; logged: string }> {
  const grid = await renderGrid();
  const logged = await captureConsoleErrors(async () => {
    grid.partners = partners as Partner[];
    await grid.updateComplete;
  });
  return { grid, logged: logged.join('\n') };
}

describe('<coe-partner-grid>', () => {
  it('shows the 27 default partners as links to their websites, in alphabetical order', async () => {
    const grid = await renderGrid();
    const links = [...shadow(grid).querySelectorAll<HTMLAnchorElement>('a.link')];
    expect(links).to.have.length(27);
    const apple = links.find((link) => link.textContent!.includes('Apple'))!;
    expect(apple.href).to.equal('https://www.apple.com/');
    expect(apple.rel).to.equal('noopener noreferrer');
    expect(apple.hasAttribute('target')).to.equal(false);
    const names = visibleNames(grid);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it("names each link by the partner's name and describes it with the kind and join date", async () => {
    const grid = await renderGrid();
    const link = [...shadow(grid).querySelectorAll<HTMLAnchorElement>('a.link')].find((a) => a.textContent!.includes('Cloudflare'))!;
    const description = shadow(grid).getElementById(link.getAttribute('aria-describedby')!)!;
    expect(description.textContent!.replace(/\s+/g, ' ')).to.contain('Company').and.to.contain('Joined 23 May 2018');
    expect(link.querySelector('.mark')!.getAttribute('aria-hidden')).to.equal('true');
  });

  for (const [lang, kind, joined] of [
    ['en', 'Company', 'Joined'],
    ['fr', 'Entreprise', 'Partenaire depuis'],
  ] as const) {
    it(`keeps the kind and the join date apart in a card's description (${lang})`, async () => {
      const grid = await renderGrid(html`<coe-partner-grid lang=${lang}></coe-partner-grid>`);
      const link = [...shadow(grid).querySelectorAll<HTMLAnchorElement>('a.link')].find((a) => a.textContent!.includes('Microsoft'))!;
      const description = accessibleDescription(link);
      expect(description, description).to.match(new RegExp(`^${kind}(?:[,;.:·–—] ?| )${joined} `));
    });
  }

  it('says a join date is unknown rather than guessing it', async () => {
    const grid = await renderGrid();
    const card = [...shadow(grid).querySelectorAll('.card')].find((li) => li.textContent!.includes('AT&T'))!;
    expect(card.querySelector('.meta')!.textContent).to.contain('Join date unknown');
  });

  for (const lang of LOCALES) {
    it(`is accessible in ${lang}: default, searched, filtered, empty`, async () => {
      const grid = (await expectAccessibleIn(lang, html`<coe-partner-grid searchable filterable></coe-partner-grid>`)) as CoePartnerGrid;
      await typeQuery(grid, 'tele');
      await expect(grid.parentElement).to.be.accessible();
      shadow(grid).querySelector<HTMLInputElement>('input[value=association]')!.click();
      await grid.updateComplete;
      await expect(grid.parentElement).to.be.accessible();
      await typeQuery(grid, 'zzz');
      expect(shadow(grid).querySelector('.empty')).to.not.equal(null);
      await expect(grid.parentElement).to.be.accessible();
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`draws the search box's edge at 3:1 or more against what surrounds it (${theme} theme)`, async () => {
      const grid = await renderGrid(html`<coe-partner-grid searchable theme=${theme}></coe-partner-grid>`);
      const contrast = boundaryContrast(shadow(grid).querySelector('#search')!);
      expect(contrast, `search box edge ${ratio(contrast)}`).to.be.at.least(3);
    });
  }

  it('filters by kind with counts and fires coe-filter-change', async () => {
    const grid = await renderGrid(html`<coe-partner-grid filterable></coe-partner-grid>`);
    const labels = [...shadow(grid).querySelectorAll('.filter-option')].map((label) => label.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels).to.deep.equal([
      `All (${defaultPartners.length})`,
      `Companies (${companies.length})`,
      `Associations (${defaultPartners.length - companies.length})`,
    ]);
    const event = oneEvent(grid, 'coe-filter-change') as Promise<CoeFilterChangeEvent>;
    shadow(grid).querySelector<HTMLInputElement>('input[value=company]')!.click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ kind: 'company', query: '', count: companies.length });
    expect(grid.getAttribute('kind')).to.equal('company');
    expect(visibleNames(grid)).to.have.members(companies.map((partner) => partner.name));
  });

  it('shows only companies with kind="company"', async () => {
    const grid = await renderGrid(html`<coe-partner-grid kind="company"></coe-partner-grid>`);
    expect(visibleNames(grid)).to.have.length(companies.length);
  });

  it('finds Telefónica when the visitor types telefonica, and announces the count', async () => {
    const grid = await renderGrid(html`<coe-partner-grid searchable></coe-partner-grid>`);
    const event = oneEvent(grid, 'coe-filter-change') as Promise<CoeFilterChangeEvent>;
    await typeQuery(grid, 'TELEFONICA');
    expect(visibleNames(grid)).to.deep.equal(['Telefónica']);
    expect((await event).detail).to.deep.equal({ kind: 'all', query: 'TELEFONICA', count: 1 });
    expect(liveRegion(grid)).to.equal('1 partner');
  });

  it('announces the count in French', async () => {
    const grid = await renderGrid(html`<coe-partner-grid lang="fr" searchable filterable></coe-partner-grid>`);
    shadow(grid).querySelector<HTMLInputElement>('input[value=company]')!.click();
    await waitUntil(() => liveRegion(grid) === `${companies.length} partenaires`, 'French count announced');
    expect(shadow(grid).querySelector('.search-label')!.textContent).to.equal('Rechercher un partenaire');
  });

  it('sorts by join date with unknown dates last', async () => {
    const grid = await renderGrid(html`<coe-partner-grid sort="joined"></coe-partner-grid>`);
    const names = visibleNames(grid);
    const unknown = defaultPartners.filter((partner) => partner.joined === null).map((partner) => partner.name);
    expect(names.slice(-unknown.length)).to.have.members(unknown);
    const joinedOrder = names.map((name) => defaultPartners.find((partner) => partner.name === name)!.joined).filter(Boolean) as string[];
    expect(joinedOrder).to.deep.equal([...joinedOrder].sort());
  });

  it('gives a friendly empty state with a way back', async () => {
    const grid = await renderGrid(html`<coe-partner-grid searchable></coe-partner-grid>`);
    await typeQuery(grid, 'no such partner');
    expect(shadow(grid).querySelector('.empty')!.textContent).to.contain('No partner matches “no such partner”');
    shadow(grid).querySelector<HTMLButtonElement>('.empty button')!.click();
    await grid.updateComplete;
    expect(visibleNames(grid)).to.have.length(27);
  });

  it('keeps the kind filter when the visitor clears the search', async () => {
    const grid = await renderGrid(html`<coe-partner-grid searchable filterable></coe-partner-grid>`);
    shadow(grid).querySelector<HTMLInputElement>('input[value=company]')!.click();
    await typeQuery(grid, 'no such partner');
    const button = shadow(grid).querySelector<HTMLButtonElement>('.empty button')!;
    expect(button.textContent!.trim()).to.equal('Clear the search');
    button.click();
    await grid.updateComplete;
    expect(shadow(grid).querySelector<HTMLInputElement>('#search')!.value).to.equal('');
    expect(shadow(grid).querySelector<HTMLInputElement>('input[value=company]')!.checked).to.equal(true);
    expect(grid.kind).to.equal('company');
    expect(visibleNames(grid)).to.have.members(companies.map((partner) => partner.name));
    expect(shadow(grid).activeElement).to.equal(shadow(grid).querySelector('#search'));
  });

  it('says the count once to a screen reader reading the page, before and after a search', async () => {
    const grid = await renderGrid(html`<coe-partner-grid searchable></coe-partner-grid>`);
    const timesHeard = (text: string) => textForAssistiveTechnology(shadow(grid)).split(text).length - 1;
    expect(timesHeard('27 partners')).to.equal(1);
    await typeQuery(grid, 'telefonica');
    await waitUntil(() => liveRegion(grid) === '1 partner', 'the count announced');
    expect(timesHeard('1 partner')).to.equal(1);
  });

  itIn(
    MEDIA_EMULATION,
    FORCED_COLORS_NEED_CDP,
    'keeps the selected filter, the buttons and the cards readable and bounded in forced colours',
    async () => {
      await emulateForcedColors('active');
      try {
        const grid = await renderGrid(html`<coe-partner-grid searchable filterable></coe-partner-grid>`);
        shadow(grid).querySelector<HTMLInputElement>('input[value=company]')!.click();
        await grid.updateComplete;
        const selected = shadow(grid).querySelector('.filter-option:has(input:checked)')!;
        const card = shadow(grid).querySelector('.card')!;
        await typeQuery(grid, 'zzz');
        const button = shadow(grid).querySelector('.empty button')!;
        for (const [name, element] of [
          ['selected filter', selected],
          ['button', button],
        ] as const) {
          expect(textContrast(element), `${name} text ${ratio(textContrast(element))}`).to.be.at.least(4.5);
        }
        for (const [name, element] of [
          ['selected filter', selected],
          ['button', button],
          ['card', card],
        ] as const) {
          expect(hasBorder(element), `${name} border`).to.equal(true);
          expect(boundaryContrast(element), `${name} border ${ratio(boundaryContrast(element))}`).to.be.at.least(3);
        }
      } finally {
        await emulateForcedColors('none');
      }
    },
  );

  it('lets the keyboard reach the search, the filter and every link, in order', async () => {
    const grid = await renderGrid(html`<coe-partner-grid searchable filterable></coe-partner-grid>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    grid.before(before);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 29; i++) {
      await sendKeys({ press: 'Tab' });
      const active = shadow(grid).activeElement as HTMLElement | null;
      reached.push(
        active?.id === 'search'
          ? 'search'
          : active?.getAttribute('type') === 'radio'
            ? 'filter'
            : (active?.querySelector('.name')?.textContent ?? 'outside'),
      );
    }
    expect(reached.slice(0, 2)).to.deep.equal(['search', 'filter']);
    expect(reached.slice(2)).to.deep.equal(visibleNames(grid));
    before.remove();
  });

  it('shows a typographic mark when a logo fails to load, and the logo when it loads', async () => {
    const grid = await renderGrid(html`<coe-partner-grid src="/test/fixtures/partners-with-logos.json"></coe-partner-grid>`);
    await waitForText(grid, 'Good Logo Association');
    const card = (name: string) => [...shadow(grid).querySelectorAll('.card')].find((li) => li.textContent!.includes(name))!;
    await waitUntil(() => card('Broken Logo').querySelector('.mark--monogram'), 'the broken logo falls back to a mark');
    expect(card('Broken Logo').querySelector('.mark--monogram')!.textContent).to.equal('BL');
    const img = card('Good Logo').querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.alt).to.equal('');
    for (const lang of LOCALES) {
      grid.lang = lang;
      await grid.updateComplete;
      await expect(grid).to.be.accessible();
    }
  });

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
    ['null', 'document-null.json', '(root): expected a JSON object'],
    ['[]', 'document-array.json', '(root): expected a JSON object'],
    ['42', 'document-number.json', '(root): expected a JSON object'],
    ['"x"', 'document-string.json', '(root): expected a JSON object'],
    ['{"partners": "x"}', 'partners-not-a-list.json', 'partners: expected an array, got string'],
  ] as const;
  for (const [body, file, consoleText] of notDataDocuments) {
    it(`says politely that a src whose body is ${body} could not be loaded, and names the field in the console`, async () => {
      let grid!: CoePartnerGrid;
      const logged = await captureConsoleErrors(async () => {
        grid = await renderGrid(html`<coe-partner-grid src=${`/test/fixtures/${file}`}></coe-partner-grid>`);
        await waitUntil(() => shadow(grid).querySelector('.data-status--error'), 'error shown', { timeout: 3000 });
      });
      expect(shadow(grid).querySelector('[part=status]')!.textContent).to.equal(
        'This information could not be loaded. Please try again later.',
      );
      expect(shadow(grid).querySelectorAll('.card')).to.have.length(0);
      expect(logged.join('\n')).to.contain(file).and.to.contain(consoleText);
    });
  }

  it("takes a provider's data", async () => {
    const root = await fixture(
      html`<coe-partnership src="/test/fixtures/partnership.json"><coe-partner-grid></coe-partner-grid></coe-partnership>`,
    );
    const grid = root.querySelector('coe-partner-grid')!;
    await waitForText(grid, 'Fixture One');
    expect(visibleNames(grid)).to.deep.equal(['Fixture One', 'Fixture Two']);
  });

  it('opens websites in a new tab only when asked, and says so', async () => {
    const grid = await renderGrid(html`<coe-partner-grid new-tab></coe-partner-grid>`);
    const link = shadow(grid).querySelector<HTMLAnchorElement>('a.link')!;
    expect(link.target).to.equal('_blank');
    expect(shadow(grid).getElementById(link.getAttribute('aria-describedby')!)!.textContent).to.contain('(opens in a new tab)');
  });

  it('fits a 320px-wide container without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="narrow"><coe-partner-grid searchable filterable></coe-partner-grid></div>`,
    );
    wrapper.style.width = '320px';
    const grid = wrapper.querySelector('coe-partner-grid')!;
    await grid.updateComplete;
    expect(grid.scrollWidth).to.be.at.most(grid.clientWidth);
    const columns = getComputedStyle(shadow(grid).querySelector('.grid')!).gridTemplateColumns.split(' ');
    expect(columns).to.have.length(1);
    wrapper.style.width = '960px';
    await waitUntil(
      () => getComputedStyle(shadow(grid).querySelector('.grid')!).gridTemplateColumns.split(' ').length > 1,
      'more columns on a wide container',
    );
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

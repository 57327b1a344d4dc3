import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateForcedColors, FORCED_COLORS_NEED_CDP, itIn, MEDIA_EMULATION } from '../../../test/helpers/engine.js';
import type { CoePartnerGrid } from './partner-grid.js';
import { defaultData } from '../../core/data/default-data.js';
import type { CoeFilterChangeEvent } from '../../core/events.js';
import '../../define/partnership.js';
import { accessibleDescription, expectAccessibleIn, LOCALES, textForAssistiveTechnology } from '../../../test/helpers/a11y.js';
import { boundaryContrast, hasBorder, ratio, textContrast } from '../../../test/helpers/contrast.js';
import { renderGrid, shadow, visibleNames } from '../../../test/helpers/partner-grid.js';
import { waitForText } from '../../../test/helpers/wait.js';

const defaultPartners = defaultData.partners ?? [];
const companies = defaultPartners.filter((partner) => partner.kind === 'company');

const liveRegion = (grid: CoePartnerGrid): string => shadow(grid).querySelector('[role=status]')!.textContent!.trim();

/** Types into the search box with real key presses. */
async function typeQuery(grid: CoePartnerGrid, text: string): Promise<void> {
  shadow(grid).querySelector<HTMLInputElement>('#search')!.focus();
  await sendKeys({ type: text });
  await grid.updateComplete;
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
});

// Its own page: these tests change the page's address (#partner=<id>), as the partner badge's verification link does.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CoePartnerGrid } from './partner-grid.js';
import { partnerIdOf } from './partner-grid.landing.js';
import '../../define/partner-grid.js';
import { expectAccessibleIn } from '../../../test/helpers/a11y.js';

const shadow = (grid: CoePartnerGrid): ShadowRoot => grid.shadowRoot!;
const markedCards = (grid: CoePartnerGrid): HTMLElement[] => [...shadow(grid).querySelectorAll<HTMLElement>('[part~=verified-item]')];
const landingMessage = (grid: CoePartnerGrid): HTMLElement => shadow(grid).querySelector<HTMLElement>('[part=verification-message]')!;
const isOnScreen = (element: Element): boolean => {
  const { top, bottom } = element.getBoundingClientRect();
  return top >= 0 && bottom <= innerHeight;
};

async function land(hash: string): Promise<void> {
  const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
  location.hash = hash;
  await changed;
}

describe('<coe-partner-grid> as the landing of a badge’s verification link (#partner=<id>)', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('reads the partner id of the address, and nothing else', () => {
    expect(
      ['#partner=microsoft', '#partner=Deutsche-Telekom', '#partner=%3Cb%3E', '#partner=', '#partners', '', '#partner=%E0%A4%A'].map(
        partnerIdOf,
      ),
    ).to.deep.equal(['microsoft', 'deutsche-telekom', '<b>', undefined, undefined, undefined, undefined]);
  });

  it('marks the partner of the address on load, not by colour alone, scrolls to it and says it politely', async () => {
    history.replaceState(null, '', '#partner=telefonica');
    // The grid starts below the fold, under a tall block of the page.
    const spacer = document.createElement('div');
    spacer.style.blockSize = '150vh';
    const grid = document.createElement('coe-partner-grid');
    (await fixture<HTMLElement>(html`<div></div>`)).append(spacer, grid);
    await waitUntil(() => grid.shadowRoot?.querySelector('[part=verification-message]')?.textContent?.trim(), 'the landing is announced');
    const [card] = markedCards(grid);
    expect(markedCards(grid)).to.have.length(1);
    expect(card.querySelector('.name')!.textContent).to.equal('Telefónica');
    expect(card.querySelector('[part=verified]')!.textContent).to.match(
      /✓\s+Verified Digital Partner of the Council of Europe since 8 November 2017/,
    );
    expect(getComputedStyle(card).borderTopWidth).to.equal('3px');
    expect(landingMessage(grid).getAttribute('role')).to.equal('status');
    expect(landingMessage(grid).textContent).to.equal(
      'Telefónica: Verified Digital Partner of the Council of Europe since 8 November 2017',
    );
    await waitUntil(() => isOnScreen(card), 'scrolled into view');
    const link = card.querySelector('a')!;
    expect(link.getAttribute('aria-describedby')).to.contain('verified-telefonica');
  });

  it('says "join date unknown" for a partner whose date no source confirms, in French too', async () => {
    history.replaceState(null, '', '#partner=ibm');
    const grid = await fixture<CoePartnerGrid>(html`<coe-partner-grid lang="fr"></coe-partner-grid>`);
    await waitUntil(() => markedCards(grid).length === 1, 'IBM is marked');
    expect(markedCards(grid)[0].querySelector('[part=verified]')!.textContent).to.contain(
      'Partenaire numérique du Conseil de l’Europe vérifié (date d’adhésion inconnue)',
    );
  });

  it('follows a later change of the address, clearing a search and a filter that hid the partner', async () => {
    const grid = await fixture<CoePartnerGrid>(html`<coe-partner-grid searchable filterable kind="association"></coe-partner-grid>`);
    shadow(grid).querySelector<HTMLInputElement>('#search')!.focus();
    await sendKeys({ type: 'gsma' });
    await grid.updateComplete;
    await land('#partner=microsoft');
    await waitUntil(() => markedCards(grid).length === 1, 'Microsoft is marked');
    expect(grid.kind).to.equal('all');
    expect(shadow(grid).querySelector<HTMLInputElement>('#search')!.value).to.equal('');
    expect(markedCards(grid)[0].hidden).to.equal(false);
    await waitUntil(() => landingMessage(grid).textContent!.startsWith('Microsoft:'), 'announced');
    await land('#partner=orange');
    await waitUntil(() => landingMessage(grid).textContent!.startsWith('Orange:'), 'the new partner is announced');
    expect(markedCards(grid).map((card) => card.querySelector('.name')!.textContent)).to.deep.equal(['Orange']);
    await land('#about');
    await waitUntil(() => markedCards(grid).length === 0 && landingMessage(grid).textContent === '', 'no partner marked');
  });

  it('says visibly and neutrally that no partner has an unknown id, and never turns the id into markup', async () => {
    history.replaceState(null, '', `#partner=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    const grid = await expectAccessibleIn('en', html`<coe-partner-grid></coe-partner-grid>`, async (element) => {
      await waitUntil(() => landingMessage(element as CoePartnerGrid).textContent !== '', 'the message is shown');
    });
    const message = landingMessage(grid as CoePartnerGrid);
    expect(message.textContent).to.equal('No Digital Partner has the id “<img src=x onerror=alert(1)>”.');
    expect(message.querySelector('img')).to.equal(null);
    expect(message.getClientRects().length).to.be.greaterThan(0);
    expect(getComputedStyle(message).position).to.not.equal('absolute');
    expect(markedCards(grid as CoePartnerGrid)).to.have.length(0);
  });
});

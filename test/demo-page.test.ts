// The demo microsite (demo/index.html, `npm start`), loaded from the test runner's server as a visitor opens it.
import { expect } from '@open-wc/testing';
import { luminance, parseColor } from './helpers/contrast.js';
import { openFrame } from './helpers/frame.js';

const DEMO = '/demo/index.html';

describe('the demo microsite', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('turns the whole page dark, not only the widgets, when the visitor picks the dark theme (issue 12, item 10)', async () => {
    const { doc, win } = await openFrame(DEMO, 1280);
    const themeSwitch = doc.querySelector<HTMLSelectElement>('#theme-switch')!;
    themeSwitch.value = 'dark';
    themeSwitch.dispatchEvent(new win.Event('change'));
    const page = parseColor(win.getComputedStyle(doc.body).backgroundColor).alpha > 0 ? doc.body : doc.documentElement;
    expect(luminance(parseColor(win.getComputedStyle(page).backgroundColor)), 'page background').to.be.below(0.05);
    const grid = doc.querySelector('coe-partner-grid')!;
    const card = grid.shadowRoot!.querySelector('.card')!;
    expect(luminance(parseColor(win.getComputedStyle(card).backgroundColor)), 'a partner card').to.be.below(0.05);
    expect(luminance(parseColor(win.getComputedStyle(card).color)), 'its text').to.be.above(0.5);
    expect(parseColor(win.getComputedStyle(grid).backgroundColor).alpha, 'the grid paints no box of its own').to.equal(0);
  });

  it('has a compact header on a phone: 120 px at most at 390 px (issue 12, item 12)', async () => {
    const { doc } = await openFrame(DEMO, 390);
    expect(doc.querySelector('.site-header')!.getBoundingClientRect().height).to.be.at.most(120);
  });

  it('shows no partner badge on the Council of Europe page: it belongs on a partner’s site (issue 12, item 12)', async () => {
    const { doc } = await openFrame(DEMO, 1280);
    expect(doc.querySelectorAll('coe-partner-badge').length, 'badges on the page').to.equal(0);
    const partnerSite = await openFrame('/demo/partner-site.html', 1280);
    expect(partnerSite.doc.querySelectorAll('coe-partner-badge').length).to.be.greaterThan(0);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import './helpers/data-probe.js';
import type { DataProbe } from './helpers/data-probe.js';
import { addPageStyles } from './helpers/badge.js';
import { TEXT_SPACING_CSS } from './helpers/a11y.js';

const colorOf = (el: Element): string => getComputedStyle(el).color;

describe('theming base', () => {
  it('follows the theme attribute for light and dark', async () => {
    const light = await fixture<DataProbe>(html`<test-data-probe theme="light"></test-data-probe>`);
    const dark = await fixture<DataProbe>(html`<test-data-probe theme="dark"></test-data-probe>`);
    expect(colorOf(light)).to.not.equal(colorOf(dark));
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    await expect(dark).to.be.accessible();
  });

  it('lets the host page override a token from any ancestor', async () => {
    const root = await fixture(html`<div class="themed"><test-data-probe></test-data-probe></div>`);
    (root as HTMLElement).style.setProperty('--coe-color-text', 'rgb(1, 2, 3)');
    expect(colorOf(root.querySelector('test-data-probe')!)).to.equal('rgb(1, 2, 3)');
  });

  it('resists inherited host text styles', async () => {
    const root = await fixture(html`<div><test-data-probe></test-data-probe></div>`);
    Object.assign((root as HTMLElement).style, { textTransform: 'uppercase', letterSpacing: '5px' });
    const probe = root.querySelector('test-data-probe')!;
    expect(getComputedStyle(probe).textTransform).to.equal('none');
    expect(getComputedStyle(probe).letterSpacing).to.equal('normal');
  });

  it("lets a reader's text-spacing stylesheet on the page reach its text", async () => {
    const probe = await fixture<DataProbe>(html`<test-data-probe></test-data-probe>`);
    const text = probe.shadowRoot!.querySelector('li span')!;
    const removeStyles = addPageStyles(TEXT_SPACING_CSS);
    try {
      const style = getComputedStyle(text);
      const size = parseFloat(style.fontSize);
      expect(parseFloat(style.letterSpacing), 'letter spacing').to.be.closeTo(0.12 * size, 0.05);
      expect(parseFloat(style.wordSpacing), 'word spacing').to.be.closeTo(0.16 * size, 0.05);
      expect(parseFloat(style.lineHeight), 'line height').to.be.closeTo(1.5 * size, 0.5);
    } finally {
      removeStyles();
    }
  });
});

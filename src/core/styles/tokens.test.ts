import { expect, fixture, html } from '@open-wc/testing';
import '../../../test/helpers/data-probe.js';
import type { DataProbe } from '../../../test/helpers/data-probe.js';
import '../../define/partner-badge.js';
import { partnerBadgeCss } from '../../components/partner-badge/partner-badge.styles.js';
import { forThisBrowser } from './light-dark.js';
import { tokensCss } from './tokens.js';
import { addPageStyles } from '../../../test/helpers/badge.js';
import { TEXT_SPACING_CSS } from '../../../test/helpers/a11y.js';

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

/**
 * A shadow root styled with `css` as a browser without `light-dark()` reads it: such a browser keeps
 * the declarations but computes them as invalid, as it does for any function it does not know.
 */
async function withoutLightDark(css: string, content: Node[]): Promise<ShadowRoot> {
  const supports = CSS.supports;
  const original = supports.bind(CSS) as (...args: string[]) => boolean;
  CSS.supports = ((...args: string[]) => !args.join(' ').includes('light-dark(') && original(...args)) as typeof CSS.supports;
  let styles: string;
  try {
    styles = forThisBrowser(css);
  } finally {
    CSS.supports = supports;
  }
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles.replaceAll('light-dark(', 'unknown-function('));
  root.adoptedStyleSheets = [sheet];
  root.append(...content);
  return root;
}

const colours = (element: Element) => {
  const style = getComputedStyle(element);
  return [style.color, style.backgroundColor, style.borderTopColor];
};

describe('in a browser without light-dark() (Chrome < 123, Firefox < 120, Safari < 17.5)', () => {
  it('shows the widgets in their light colours, text and surfaces included', async () => {
    const light = await fixture<DataProbe>(html`<test-data-probe theme="light"></test-data-probe>`);
    const old = await withoutLightDark(tokensCss, [Object.assign(document.createElement('p'), { textContent: 'Partners' })]);
    // The probe's :host rules apply to the shadow host, as in a widget; the same theme attribute gives it the same panel.
    old.host.setAttribute('theme', 'light');
    expect(colours(old.host)).to.deep.equal(colours(light));
  });

  it('shows the badge in its light colours', async () => {
    const badge = await fixture<HTMLElement>(html`<coe-partner-badge partner="orange" theme="light"></coe-partner-badge>`);
    const link = badge.shadowRoot!.querySelector('a')!;
    const old = await withoutLightDark(
      partnerBadgeCss,
      [...badge.shadowRoot!.childNodes].map((node) => node.cloneNode(true)),
    );
    const oldLink = old.querySelector('a')!;
    expect(colours(oldLink)).to.deep.equal(colours(link));
    expect(getComputedStyle(oldLink.querySelector('.name')!).color).to.equal(getComputedStyle(link.querySelector('.name')!).color);
  });
});

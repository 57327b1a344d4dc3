import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia } from '@web/test-runner-commands';
import { emulateForcedColors, FORCED_COLORS_NEED_CDP, itIn, MEDIA_EMULATION, NEEDS_CDP } from '../../../test/helpers/engine.js';
import { CoePartnerBadge, DEFAULT_VERIFY_URL } from './partner-badge.js';
import { BADGE_SIZES } from './partner-badge.styles.js';
import { defineElement } from '../../core/registration.js';
import '../../define/partner-badge.js';
import '../../define/partnership.js';
import { applyTextSpacing, LOCALES } from '../../../test/helpers/a11y.js';
import {
  backgroundBehind,
  boundaryContrast,
  contrast,
  focusRingColors,
  hasBorder,
  ratio,
  textContrast,
  type Rgba,
} from '../../../test/helpers/contrast.js';
import {
  addPageStyles,
  captureWarnings,
  layoutShiftOf,
  linkOf,
  part,
  readableTexts,
  renderBadge,
  settle,
  sizeOf,
  textOf,
  VARIANTS,
} from '../../../test/helpers/badge.js';
import '../../../test/helpers/data-probe.js';
import { tabInto } from '../../../test/helpers/keyboard.js';

describe('<coe-partner-badge> appearance', () => {
  it('follows the theme: light and dark, with the other widgets’ colours, and light for auto on a light system', async () => {
    const root = await renderBadge<HTMLElement>(html`<div>
      <coe-partner-badge partner="orange" theme="light"></coe-partner-badge><test-data-probe theme="light"></test-data-probe>
      <coe-partner-badge partner="orange" theme="dark"></coe-partner-badge><test-data-probe theme="dark"></test-data-probe>
      <coe-partner-badge partner="orange"></coe-partner-badge>
    </div>`);
    const [light, dark, auto] = [...root.querySelectorAll('coe-partner-badge')].map((badge) => getComputedStyle(linkOf(badge)));
    const [lightProbe, darkProbe] = [...root.querySelectorAll('test-data-probe')].map((probe) => getComputedStyle(probe));
    expect([light.color, light.backgroundColor]).to.deep.equal([lightProbe.color, lightProbe.backgroundColor]);
    expect([dark.color, dark.backgroundColor]).to.deep.equal([darkProbe.color, darkProbe.backgroundColor]);
    expect(auto.backgroundColor).to.equal(light.backgroundColor);
  });

  itIn(MEDIA_EMULATION, NEEDS_CDP, 'turns dark with theme auto on a `light dark` page when the visitor’s system is dark', async () => {
    const root = await renderBadge<HTMLElement>(html`<div>
      <coe-partner-badge partner="orange" theme="dark"></coe-partner-badge><coe-partner-badge partner="orange"></coe-partner-badge>
    </div>`);
    // The page's `light dark`, set through the CSSOM (a strict CSP page would refuse a style attribute).
    root.style.colorScheme = 'light dark';
    const [dark, auto] = root.querySelectorAll('coe-partner-badge');
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(getComputedStyle(linkOf(auto)).backgroundColor).to.equal(getComputedStyle(linkOf(dark)).backgroundColor);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  for (const [theme, page] of [
    ['dark', 'rgb(255, 255, 255)'],
    ['light', 'rgb(0, 0, 0)'],
  ] as const) {
    it(`draws a focus ring that stands out at 3:1 from the page and from the badge (${theme} badge on a ${page} page)`, async () => {
      const root = await renderBadge<HTMLElement>(
        html`<div class="page"><coe-partner-badge partner="orange" theme=${theme}></coe-partner-badge></div>`,
      );
      root.style.background = page;
      root.style.padding = '16px';
      const badge = root.querySelector('coe-partner-badge')!;
      expect(await tabInto(badge), 'focus on the badge’s link').to.equal(linkOf(badge));
      const ring = focusRingColors(linkOf(badge));
      const best = (against: Rgba) => Math.max(...ring.map((color) => contrast(color, against)));
      const [onPage, onBadge] = [best(backgroundBehind(root)), best(backgroundBehind(linkOf(badge)))];
      expect(onPage, `ring against the page ${ratio(onPage)}`).to.be.at.least(3);
      expect(onBadge, `ring against the badge ${ratio(onBadge)}`).to.be.at.least(3);
    });
  }

  for (const lang of LOCALES) {
    it(`shows its whole text under WCAG text spacing in ${lang}, every variant, verified or not`, async () => {
      let root!: HTMLElement;
      await captureWarnings(async () => {
        root = await renderBadge<HTMLElement>(html`<div lang=${lang}>
          ${VARIANTS.map((variant) => html`<coe-partner-badge partner="deutsche-telekom" variant=${variant}></coe-partner-badge>`)}
          ${VARIANTS.map((variant) => html`<coe-partner-badge partner="nobody" variant=${variant}></coe-partner-badge>`)}
        </div>`);
      });
      const badges = [...root.querySelectorAll('coe-partner-badge')];
      const removals = badges.map((badge) => applyTextSpacing(badge.shadowRoot!));
      try {
        await settle();
        for (const badge of badges) {
          const label = `${badge.getAttribute('variant')} ${badge.getAttribute('partner')}`;
          const box = linkOf(badge).getBoundingClientRect();
          for (const span of readableTexts(badge)) {
            const text = `${label}: "${span.textContent}"`;
            expect(span.scrollWidth, `${text} is cut off`).to.be.at.most(span.clientWidth);
            expect(
              getComputedStyle(span).textOverflow === 'ellipsis' &&
                getComputedStyle(span).overflow !== 'visible' &&
                span.scrollWidth > span.clientWidth,
              `${text} ends in …`,
            ).to.equal(false);
            const rect = span.getBoundingClientRect();
            expect(rect.top >= box.top - 0.5 && rect.bottom <= box.bottom + 0.5, `${text} stays inside the badge`).to.equal(true);
          }
        }
      } finally {
        removals.forEach((remove) => remove());
      }
    });
  }

  itIn(
    ['chromium'],
    'reads the browser’s accessibility tree through CDP',
    'names the link with no stray space before the comma, as the browser computes it',
    async () => {
      await renderBadge(html`<coe-partner-badge partner="microsoft" variant="full"></coe-partner-badge>`);
      type Node = { role?: string; name?: string; children?: Node[] };
      const names: string[] = [];
      const collect = (node: Node): void => {
        if (node.role === 'link' && node.name?.includes('Microsoft')) names.push(node.name);
        node.children?.forEach(collect);
      };
      collect((await a11ySnapshot({})) as unknown as Node);
      expect(names).to.have.length(1);
      expect(names[0]).to.match(/^Microsoft, Digital Partner of the Council of Europe, Partner since 2017 – see\b/);
    },
  );

  for (const lang of LOCALES) {
    it(`starts every line of its text at the same edge, the year line included (${lang})`, async () => {
      const badge = await renderBadge(html`<coe-partner-badge partner="microsoft" variant="full" lang=${lang}></coe-partner-badge>`);
      // Where each shown line's first visible letter is drawn: the hidden separators must take no room.
      const firstTexts = readableTexts(badge).flatMap(
        (line) => [...line.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) ?? [],
      );
      const starts = firstTexts.map((text) => {
        const range = document.createRange();
        range.selectNodeContents(text);
        return Math.round(range.getClientRects()[0].left);
      });
      expect(starts).to.have.length(4);
      expect(new Set(starts).size, `left edges ${starts.join(', ')}`).to.equal(1);
    });
  }

  itIn(MEDIA_EMULATION, FORCED_COLORS_NEED_CDP, 'stays readable and bounded in forced colours, verified or not', async () => {
    await emulateForcedColors('active');
    try {
      let root!: HTMLElement;
      await captureWarnings(async () => {
        root = await renderBadge<HTMLElement>(html`<div>
          <coe-partner-badge partner="orange" theme="light"></coe-partner-badge><coe-partner-badge partner="orange" theme="dark"></coe-partner-badge>
          <coe-partner-badge partner="nobody"></coe-partner-badge>
        </div>`);
      });
      for (const badge of root.querySelectorAll('coe-partner-badge')) {
        const label = `${badge.getAttribute('partner')} ${badge.getAttribute('theme') ?? ''}`;
        for (const text of readableTexts(badge))
          expect(textContrast(text), `${label}: "${text.textContent}" ${ratio(textContrast(text))}`).to.be.at.least(4.5);
        expect(hasBorder(linkOf(badge)), `${label} border`).to.equal(true);
        expect(boundaryContrast(linkOf(badge)), `${label} border ${ratio(boundaryContrast(linkOf(badge)))}`).to.be.at.least(3);
      }
    } finally {
      await emulateForcedColors('none');
    }
  });

  it('does not move the page when the script loads late into the space the page reserved', async () => {
    const removeStyles = addPageStyles(`
      test-shift-badge:not(:defined) { display: inline-block; width: ${BADGE_SIZES.standard.width}px; height: ${BADGE_SIZES.standard.height}px; overflow: hidden; vertical-align: middle; }
    `);
    try {
      const root = await fixture<HTMLElement>(html`<div>
        <p>Our commitments <test-shift-badge partner="orange"><a href=${DEFAULT_VERIFY_URL}>Orange – Digital Partner of the Council of Europe</a></test-shift-badge> and more.</p>
        <p>Content below the badge.</p>
        <p>Without the reserve line: <test-shift-control partner="orange"><a href=${DEFAULT_VERIFY_URL}>Digital Partner</a></test-shift-control></p>
        <p>Content below the unreserved badge.</p>
      </div>`);
      await settle();
      expect(await layoutShiftOf(root, () => defineElement('test-shift-badge', CoePartnerBadge))).to.equal(0);
      // The measure is live: the same late load without the reserve line does move the page.
      expect(await layoutShiftOf(root, () => defineElement('test-shift-control', CoePartnerBadge))).to.be.greaterThan(0);
      expect(textOf(root.querySelector('test-shift-badge')!, 'name')).to.contain('Orange');
    } finally {
      removeStyles();
    }
  });

  it('looks the same on a page whose styles try to change it', async () => {
    const badge = await renderBadge(
      html`<coe-partner-badge partner="orange" variant="full"><img slot="logo" src="/test/fixtures/badge-logo.svg" alt="" /></coe-partner-badge>`,
    );
    const looks = (): unknown => {
      const name = getComputedStyle(part(badge, 'name')!);
      const claim = getComputedStyle(part(badge, 'claim')!);
      const fonts = [name, claim].map((style) =>
        [
          'fontFamily',
          'fontSize',
          'fontWeight',
          'fontStyle',
          'lineHeight',
          'letterSpacing',
          'wordSpacing',
          'textTransform',
          'textShadow',
          'textIndent',
          'color',
          'direction',
        ].map((property) => style[property as keyof CSSStyleDeclaration]),
      );
      return {
        host: sizeOf(badge),
        link: sizeOf(linkOf(badge)),
        logo: sizeOf(badge.querySelector('img')!),
        claim: sizeOf(part(badge, 'claim')!),
        fonts,
      };
    };
    const neutral = looks();
    const removeStyles = addPageStyles(`
      html { font-size: 40px; direction: rtl; }
      * { font: italic 700 23px/3 "Comic Sans MS", cursive !important; letter-spacing: 4px !important; word-spacing: 9px; text-transform: uppercase;
          text-shadow: 2px 2px red; text-indent: 30px; text-decoration: underline wavy; color: red !important; display: block;
          box-sizing: content-box; padding: 11px; border: 5px solid red; width: 120px; height: 50px; min-width: 400px; max-width: 20px; white-space: pre; }
      img, svg { width: 300px !important; height: 300px !important; padding: 20px !important; }
      a { color: green !important; text-decoration: none; }
    `);
    try {
      await settle();
      expect(looks()).to.deep.equal(neutral);
    } finally {
      removeStyles();
    }
  });
});

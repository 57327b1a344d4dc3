import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys } from '@web/test-runner-commands';
import { emulateForcedColors, FORCED_COLORS_NEED_CDP, itIn, MEDIA_EMULATION, NEEDS_CDP } from '../../../test/helpers/engine.js';
import { CoePartnerBadge, DEFAULT_VERIFY_URL, MAX_BADGE_WARNINGS } from './partner-badge.js';
import { BADGE_SIZES } from './partner-badge.styles.js';
import type { CoePartnership } from '../partnership/partnership.js';
import { defineElement } from '../../core/registration.js';
import '../../define/partner-badge.js';
import '../../define/partnership.js';
import { applyTextSpacing, expectAccessibleIn, LOCALES } from '../../../test/helpers/a11y.js';
import {
  backgroundBehind,
  boundaryContrast,
  colorsIn,
  contrast,
  hasBorder,
  parseColor,
  ratio,
  textContrast,
  type Rgba,
} from '../../../test/helpers/contrast.js';
import {
  accessibleName,
  addPageStyles,
  captureWarnings,
  layoutShiftOf,
  part,
  readableTexts,
  renderBadge,
  settle,
  textOf,
} from '../../../test/helpers/badge.js';
import '../../../test/helpers/data-probe.js';

const VARIANTS = ['compact', 'standard', 'full'] as const;
const TEXT = {
  en: {
    claim: 'Digital Partner of the Council of Europe',
    since: 'Partner since 2017',
    unverified: 'Partner not verified',
    leads: '– see the Digital Partnership page on',
  },
  fr: {
    claim: 'Partenaire numérique du Conseil de l’Europe',
    since: 'Partenaire depuis 2017',
    unverified: 'Partenaire non vérifié',
    leads: '– voir la page du Partenariat numérique sur',
  },
} as const;

const sizeOf = (element: Element): [number, number] => {
  const { width, height } = element.getBoundingClientRect();
  return [width, height];
};
const isShown = (element: Element | null): boolean => Boolean(element?.getClientRects().length);
const link = (badge: Element): HTMLAnchorElement => part<HTMLAnchorElement>(badge, 'link')!;

/** The colours of the focus ring: the outline's and every outer (not inset) box shadow's. */
function focusRingColors(element: Element): Rgba[] {
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? [parseColor(style.outlineColor)] : [];
  const shadows = style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/).filter((shadow) => !shadow.includes('inset'));
  return [...outline, ...shadows.flatMap((shadow) => colorsIn(shadow).slice(0, 1))];
}

/** Focuses the badge's link from the keyboard (Tab from a button before it), so that :focus-visible applies. */
async function tabInto(badge: Element): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  badge.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
  expect(badge.shadowRoot!.activeElement).to.equal(link(badge));
}

/** The text boxes a person reads in a badge: every span of its text that is drawn and not visually hidden. */

describe('<coe-partner-badge>', () => {
  for (const lang of LOCALES) {
    for (const variant of VARIANTS) {
      it(`shows the ${variant} badge of a known partner in ${lang}, at its fixed size, in light and dark`, async () => {
        for (const theme of ['light', 'dark']) {
          const badge = await expectAccessibleIn(
            lang,
            html`<coe-partner-badge partner="telefonica" variant=${variant} theme=${theme}></coe-partner-badge>`,
            settle,
          );
          expect(sizeOf(badge)).to.deep.equal([BADGE_SIZES[variant].width, BADGE_SIZES[variant].height]);
          expect(textOf(badge, 'claim')).to.equal(TEXT[lang].claim);
          expect(getComputedStyle(part(badge, 'name')!).clipPath).to.equal(variant === 'compact' ? 'inset(50%)' : 'none');
          expect(isShown(part(badge, 'since'))).to.equal(variant === 'full');
          if (variant === 'full') expect(textOf(badge, 'since')).to.contain(TEXT[lang].since);
          expect(await accessibleName(link(badge))).to.match(new RegExp(`^Telefónica, ${TEXT[lang].claim}`));
          expect(getComputedStyle(link(badge)).colorScheme).to.equal(theme);
        }
      });
    }

    it(`never shows the claim for an unknown or missing partner id, and says why in the console (${lang})`, async () => {
      const badges: HTMLElement[] = [];
      const warnings = await captureWarnings(async () => {
        badges.push(
          await expectAccessibleIn(lang, html`<coe-partner-badge partner="not-a-partner" variant="full"></coe-partner-badge>`, settle),
        );
        badges.push(await expectAccessibleIn(lang, html`<coe-partner-badge variant="compact"></coe-partner-badge>`, settle));
      });
      for (const badge of badges) {
        expect(badge.shadowRoot!.textContent).to.not.contain(TEXT[lang].claim);
        expect(textOf(badge, 'name')).to.contain(TEXT[lang].unverified);
        expect(isShown(part(badge, 'name'))).to.equal(true);
        expect(link(badge).href).to.equal(DEFAULT_VERIFY_URL);
      }
      expect(warnings.find((warning) => warning.includes('"not-a-partner" is not in this script\'s partner list'))).to.not.equal(undefined);
      expect(warnings.find((warning) => warning.includes('the partner attribute is missing'))).to.not.equal(undefined);
    });
  }

  it('follows the theme: light and dark, with the other widgets’ colours, and light for auto on a light system', async () => {
    const root = await renderBadge<HTMLElement>(html`<div>
      <coe-partner-badge partner="orange" theme="light"></coe-partner-badge><test-data-probe theme="light"></test-data-probe>
      <coe-partner-badge partner="orange" theme="dark"></coe-partner-badge><test-data-probe theme="dark"></test-data-probe>
      <coe-partner-badge partner="orange"></coe-partner-badge>
    </div>`);
    const [light, dark, auto] = [...root.querySelectorAll('coe-partner-badge')].map((badge) => getComputedStyle(link(badge)));
    const [lightProbe, darkProbe] = [...root.querySelectorAll('test-data-probe')].map((probe) => getComputedStyle(probe));
    expect([light.color, light.backgroundColor]).to.deep.equal([lightProbe.color, lightProbe.backgroundColor]);
    expect([dark.color, dark.backgroundColor]).to.deep.equal([darkProbe.color, darkProbe.backgroundColor]);
    expect(auto.backgroundColor).to.equal(light.backgroundColor);
  });

  itIn(MEDIA_EMULATION, NEEDS_CDP, 'turns dark with theme auto when the visitor’s system is dark', async () => {
    const root = await renderBadge<HTMLElement>(html`<div>
      <coe-partner-badge partner="orange" theme="dark"></coe-partner-badge><coe-partner-badge partner="orange"></coe-partner-badge>
    </div>`);
    const [dark, auto] = root.querySelectorAll('coe-partner-badge');
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(getComputedStyle(link(auto)).backgroundColor).to.equal(getComputedStyle(link(dark)).backgroundColor);
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
      await tabInto(badge);
      const ring = focusRingColors(link(badge));
      const best = (against: Rgba) => Math.max(...ring.map((color) => contrast(color, against)));
      const [onPage, onBadge] = [best(backgroundBehind(root)), best(backgroundBehind(link(badge)))];
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
          const box = link(badge).getBoundingClientRect();
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
      expect(names[0]).to.match(/^Microsoft, Digital Partner of the Council of Europe\b/);
    },
  );

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
        expect(hasBorder(link(badge)), `${label} border`).to.equal(true);
        expect(boundaryContrast(link(badge)), `${label} border ${ratio(boundaryContrast(link(badge)))}`).to.be.at.least(3);
      }
    } finally {
      await emulateForcedColors('none');
    }
  });

  it('is one link to the Digital Partnership page, which marks its partner, named for what it is and where it leads', async () => {
    const badge = await renderBadge(html`<coe-partner-badge partner="orange" variant="full"></coe-partner-badge>`);
    expect(badge.shadowRoot!.querySelectorAll('a, button, [tabindex]')).to.have.length(1);
    expect(link(badge).href).to.equal(`${DEFAULT_VERIFY_URL}#partner=orange`);
    expect(await accessibleName(link(badge))).to.equal(
      'Orange, Digital Partner of the Council of Europe, Partner since 2017 – see the Digital Partnership page on www.coe.int',
    );
    badge.setAttribute('lang', 'fr');
    badge.variant = 'compact';
    await settle();
    expect(await accessibleName(link(badge))).to.equal(
      'Orange, Partenaire numérique du Conseil de l’Europe – voir la page du Partenariat numérique sur www.coe.int',
    );
  });

  it('leads where verify-url says, http or https only', async () => {
    const badge = await renderBadge(
      html`<coe-partner-badge partner="orange" verify-url="https://partners.example.org/digital"></coe-partner-badge>`,
    );
    expect(link(badge).href).to.equal('https://partners.example.org/digital#partner=orange');
    expect(await accessibleName(link(badge))).to.contain(`${TEXT.en.leads} partners.example.org`);
    const warnings = await captureWarnings(async () => {
      badge.verifyUrl = 'javascript:alert(document.cookie)';
      await settle();
    });
    expect(link(badge).href).to.equal(`${DEFAULT_VERIFY_URL}#partner=orange`);
    expect(warnings.join('\n')).to.contain('ignores verify-url');
  });

  it("shows the host's approved logo from the logo slot, for a verified partner only", async () => {
    let root!: HTMLElement;
    await captureWarnings(async () => {
      root = await renderBadge<HTMLElement>(html`<div lang="fr">
        <coe-partner-badge partner="orange"><img slot="logo" src="/test/fixtures/badge-logo.svg" alt="" /></coe-partner-badge>
        <coe-partner-badge partner="nobody"><img slot="logo" src="/test/fixtures/badge-logo.svg" alt="" /></coe-partner-badge>
      </div>`);
    });
    const [verified, unverified] = root.querySelectorAll('coe-partner-badge');
    const [mark, logo] = [part(verified, 'mark')!, verified.querySelector('img')!];
    expect(logo.assignedSlot).to.not.equal(null);
    expect(sizeOf(logo)).to.deep.equal(sizeOf(mark));
    expect(isShown(part(verified, 'emblem'))).to.equal(false);
    expect(unverified.querySelector('img')!.assignedSlot).to.equal(null);
    expect(isShown(unverified.querySelector('img'))).to.equal(false);
    expect(isShown(part(unverified, 'emblem'))).to.equal(true);
    await expect(root).to.be.accessible();
  });

  it('shows a logo image from an http(s) logo URL, and refuses a javascript: one', async () => {
    const badge = await renderBadge(html`<coe-partner-badge partner="orange" logo="/test/fixtures/badge-logo.svg"></coe-partner-badge>`);
    const image = part<HTMLImageElement>(badge, 'logo-image')!;
    expect(image.src).to.equal(new URL('/test/fixtures/badge-logo.svg', document.baseURI).href);
    expect(image.alt).to.equal('');
    const warnings = await captureWarnings(async () => {
      badge.logo = 'javascript:alert(1)';
      await settle();
    });
    expect(part(badge, 'logo-image')).to.equal(null);
    expect(isShown(part(badge, 'emblem'))).to.equal(true);
    expect(badge.shadowRoot!.innerHTML).to.not.contain('javascript:');
    expect(warnings.join('\n')).to.contain('ignores logo "javascript:alert(1)"');
  });

  it('shows what the page put inside until the script defines it, then draws itself instead', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <test-late-badge partner="orange"><a href=${DEFAULT_VERIFY_URL}>Orange – Digital Partner of the Council of Europe</a></test-late-badge>
    </div>`);
    const late = root.querySelector('test-late-badge') as CoePartnerBadge;
    const fallback = late.querySelector('a')!;
    expect(customElements.get('test-late-badge')).to.equal(undefined);
    expect(isShown(fallback) && fallback.offsetWidth > 0).to.equal(true);
    late.variant = 'full';
    defineElement('test-late-badge', CoePartnerBadge);
    await settle();
    expect(isShown(fallback)).to.equal(false);
    expect(late.getAttribute('variant')).to.equal('full');
    expect(textOf(late, 'name')).to.contain('Orange');
    expect(sizeOf(late)).to.deep.equal([BADGE_SIZES.full.width, BADGE_SIZES.full.height]);
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
        link: sizeOf(link(badge)),
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

  it("never takes a partner from the page's data: a <coe-partnership> cannot add one or give one other domains", async () => {
    let root!: CoePartnership;
    const warnings = await captureWarnings(async () => {
      root = await renderBadge<CoePartnership>(html`<coe-partnership lang="fr">
        <coe-partner-badge partner="acme-networks" variant="full"></coe-partner-badge><coe-partner-badge partner="orange"></coe-partner-badge>
      </coe-partnership>`);
      root.data = {
        partners: [
          {
            id: 'acme-networks',
            name: 'Acme Networks',
            kind: 'company',
            joined: '2024-03',
            website: 'https://acme.example/',
            domains: ['localhost'],
          },
          {
            id: 'orange',
            name: 'Not Orange',
            kind: 'company',
            joined: '2024-03',
            website: 'https://evil.example/',
            domains: ['evil.example'],
          },
        ],
      };
      await root.updateComplete;
      await settle();
    });
    const [acme, orange] = root.querySelectorAll('coe-partner-badge');
    expect(textOf(acme, 'name')).to.contain(TEXT.fr.unverified);
    expect(acme.shadowRoot!.textContent).to.not.contain('Acme');
    expect(link(acme).href).to.equal(DEFAULT_VERIFY_URL);
    expect(warnings.join('\n')).to.contain('"acme-networks" is not in this script\'s partner list');
    // The real Orange, from the roster inside the script, in the provider's language: the page's name is not used.
    expect(textOf(orange, 'name')).to.equal('Orange,');
    expect(textOf(orange, 'claim')).to.equal(TEXT.fr.claim);
    await expect(root).to.be.accessible();
  });

  it("never verifies a partner that only a provider's src lists", async () => {
    const warnings = await captureWarnings(async () => {
      const root = await renderBadge<HTMLElement>(
        html`<coe-partnership src="/test/fixtures/partnership.json"><coe-partner-badge partner="fixture-two"></coe-partner-badge></coe-partnership>`,
      );
      await (root as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const badge = root.querySelector('coe-partner-badge')!;
      expect(textOf(badge, 'name')).to.contain(TEXT.en.unverified);
      expect(badge.shadowRoot!.textContent).to.not.contain('Fixture Two');
    });
    expect(warnings.join('\n')).to.contain('"fixture-two" is not in this script\'s partner list');
  });

  it('gives a few console warnings at most, however often its partner changes, then says it gives no further ones', async () => {
    const badge = await renderBadge(html`<coe-partner-badge partner="orange"></coe-partner-badge>`);
    const warnings = await captureWarnings(async () => {
      for (let index = 0; index < 1000; index++) {
        badge.partner = `nobody-${index}`;
        await Promise.resolve();
      }
      await settle();
    });
    expect(warnings).to.have.length(MAX_BADGE_WARNINGS + 1);
    expect(warnings.slice(0, -1).every((warning) => warning.includes("is not in this script's partner list"))).to.equal(true);
    expect(warnings.at(-1)).to.contain('gives no further warnings');
    expect(textOf(badge, 'name')).to.contain(TEXT.en.unverified);
  });

  it('follows a change of lang above it', async () => {
    const root = await renderBadge<HTMLElement>(
      html`<section lang="en"><coe-partner-badge partner="orange"></coe-partner-badge></section>`,
    );
    const badge = root.querySelector('coe-partner-badge')!;
    root.lang = 'fr';
    await waitUntil(() => textOf(badge, 'claim') === TEXT.fr.claim, 'the badge speaks French');
    expect(link(badge).lang).to.equal('fr');
  });

  it('makes no request of its own on an English or French page, sets no cookie and uses no storage', async () => {
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => requests.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource' });
    const [cookie, local, session] = [document.cookie, localStorage.length, sessionStorage.length];
    await captureWarnings(async () => {
      await renderBadge(html`<div>
        ${VARIANTS.map((variant) => html`<coe-partner-badge partner="orange" variant=${variant}></coe-partner-badge>`)}
        <coe-partner-badge partner="nobody"></coe-partner-badge>
        <coe-partner-badge partner="orange" lang="fr-CA"></coe-partner-badge>
      </div>`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    observer.disconnect();
    expect(requests).to.deep.equal([]);
    expect([document.cookie, localStorage.length, sessionStorage.length]).to.deep.equal([cookie, local, session]);
  });

  it('runs twice on one page (two copies of the script) without an error, and stays defined once', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent): void => void errors.push(event.message);
    window.addEventListener('error', onError);
    const defined = customElements.get('coe-partner-badge');
    try {
      const entry = new URL('../../define/partner-badge.ts', import.meta.url).href;
      await import(`${entry}?copy=1`);
      await import(`${entry}?copy=2`);
      const copy = (await import(new URL('./partner-badge.ts?copy=3', import.meta.url).href)) as {
        CoePartnerBadge: CustomElementConstructor;
      };
      expect(copy.CoePartnerBadge).to.not.equal(CoePartnerBadge);
      expect(defineElement('coe-partner-badge', copy.CoePartnerBadge)).to.equal(defined);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('coe-partner-badge')).to.equal(defined);
    const badge = await renderBadge(html`<coe-partner-badge partner="orange"></coe-partner-badge>`);
    expect(badge).to.be.instanceOf(CoePartnerBadge);
  });
});

// Tags registered late by the tests, to show the badge before and after its definition.
declare global {
  interface HTMLElementTagNameMap {
    'test-late-badge': CoePartnerBadge;
    'test-shift-badge': CoePartnerBadge;
    'test-shift-control': CoePartnerBadge;
  }
}

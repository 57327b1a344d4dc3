import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CoePartnerBadge, DEFAULT_VERIFY_URL, MAX_BADGE_WARNINGS } from './partner-badge.js';
import { BADGE_SIZES } from './partner-badge.styles.js';
import type { CoePartnership } from '../partnership/partnership.js';
import { defineElement } from '../../core/registration.js';
import '../../define/partner-badge.js';
import '../../define/partnership.js';
import { expectAccessibleIn, LOCALES } from '../../../test/helpers/a11y.js';
import {
  accessibleName,
  captureWarnings,
  linkOf,
  part,
  renderBadge,
  settle,
  sizeOf,
  textOf,
  VARIANTS,
} from '../../../test/helpers/badge.js';
import '../../../test/helpers/data-probe.js';

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

const isShown = (element: Element | null): boolean => Boolean(element?.getClientRects().length);

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
          expect(await accessibleName(linkOf(badge))).to.match(new RegExp(`^Telefónica, ${TEXT[lang].claim}`));
          expect(getComputedStyle(linkOf(badge)).colorScheme).to.equal(theme);
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
        expect(linkOf(badge).href).to.equal(DEFAULT_VERIFY_URL);
      }
      expect(warnings.find((warning) => warning.includes('"not-a-partner" is not in this script\'s partner list'))).to.not.equal(undefined);
      expect(warnings.find((warning) => warning.includes('the partner attribute is missing'))).to.not.equal(undefined);
    });
  }

  it('is one link to the Digital Partnership page, which marks its partner, named for what it is and where it leads', async () => {
    const badge = await renderBadge(html`<coe-partner-badge partner="orange" variant="full"></coe-partner-badge>`);
    expect(badge.shadowRoot!.querySelectorAll('a, button, [tabindex]')).to.have.length(1);
    expect(linkOf(badge).href).to.equal(`${DEFAULT_VERIFY_URL}#partner=orange`);
    expect(await accessibleName(linkOf(badge))).to.equal(
      'Orange, Digital Partner of the Council of Europe, Partner since 2017 – see the Digital Partnership page on www.coe.int',
    );
    badge.setAttribute('lang', 'fr');
    badge.variant = 'compact';
    await settle();
    expect(await accessibleName(linkOf(badge))).to.equal(
      'Orange, Partenaire numérique du Conseil de l’Europe – voir la page du Partenariat numérique sur www.coe.int',
    );
  });

  it('leads where verify-url says, http or https only', async () => {
    const badge = await renderBadge(
      html`<coe-partner-badge partner="orange" verify-url="https://partners.example.org/digital"></coe-partner-badge>`,
    );
    expect(linkOf(badge).href).to.equal('https://partners.example.org/digital#partner=orange');
    expect(await accessibleName(linkOf(badge))).to.contain(`${TEXT.en.leads} partners.example.org`);
    const warnings = await captureWarnings(async () => {
      badge.verifyUrl = 'javascript:alert(document.cookie)';
      await settle();
    });
    expect(linkOf(badge).href).to.equal(`${DEFAULT_VERIFY_URL}#partner=orange`);
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

  it("keeps the Council of Europe emblem in its own colours whatever the host's brand tokens, in both themes", async () => {
    const root = await renderBadge<HTMLElement>(html`<div class="brand">
      <coe-partner-badge partner="nobody" theme="light"></coe-partner-badge>
      <coe-partner-badge partner="nobody" theme="dark"></coe-partner-badge>
    </div>`);
    for (const [name, value] of [
      ['--coe-color-primary', 'rgb(240, 168, 221)'],
      ['--coe-color-accent', 'rgb(0, 161, 154)'],
    ])
      root.style.setProperty(name, value);
    for (const badge of root.querySelectorAll('coe-partner-badge')) {
      const [shield, chevrons] = part(badge, 'emblem')!.querySelectorAll('path');
      expect(getComputedStyle(shield!).fill, badge.getAttribute('theme')!).to.equal('rgb(0, 51, 153)');
      expect(getComputedStyle(chevrons!).stroke, badge.getAttribute('theme')!).to.equal('rgb(255, 204, 0)');
    }
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
    expect(linkOf(acme).href).to.equal(DEFAULT_VERIFY_URL);
    expect(warnings.join('\n')).to.contain('"acme-networks" is not in this script\'s partner list');
    // The real Orange, from the roster inside the script, in the provider's language: the page's name is not used.
    expect(textOf(orange, 'name')).to.equal('Orange');
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
    expect(linkOf(badge).lang).to.equal('fr');
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

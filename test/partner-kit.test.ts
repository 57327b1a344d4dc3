// The partner kit ("Get your badge", demo/badge.html): what a partner sees and does in it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BADGE_LANGUAGES } from '../src/components/partner-badge/partner-badge.languages.js';
import { defaultPartnerRoster } from '../src/core/data/default-partner-roster.js';
import { defineDemoPartnerKit, type DemoPartnerKit } from '../demo/kit/partner-kit.js';
import { part } from './helpers/badge.js';
import { inWidth } from './helpers/layout.js';

defineDemoPartnerKit();

/** A hash of the right form (the kit shows it as given; the snippet test checks the real one). */
const INTEGRITY = `sha384-${'A'.repeat(64)}`;

async function renderKit(width?: string): Promise<DemoPartnerKit> {
  const kit = html`<demo-partner-kit .integrity=${INTEGRITY}></demo-partner-kit>`;
  const root = await fixture<HTMLElement>(width ? inWidth(width, kit) : kit);
  const element = root.localName === 'demo-partner-kit' ? (root as DemoPartnerKit) : root.querySelector('demo-partner-kit')!;
  await element.updateComplete;
  return element;
}

const inKit = <T extends Element>(kit: DemoPartnerKit, selector: string) => kit.shadowRoot!.querySelector<T>(selector)!;

function choose(kit: DemoPartnerKit, selector: string, value: string): void {
  const select = inKit<HTMLSelectElement>(kit, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe('<demo-partner-kit> (the partner kit)', () => {
  it('lists every partner by name and every badge language by its own name', async () => {
    const kit = await renderKit();
    const partners = [...inKit<HTMLSelectElement>(kit, '#partner').options];
    expect(partners.map((option) => option.value)).to.have.members(defaultPartnerRoster.map((partner) => partner.id));
    expect(partners.find((option) => option.value === 'att')!.textContent).to.equal('AT&T');
    const languages = [...inKit<HTMLSelectElement>(kit, '#lang').options];
    expect(languages.map((option) => option.value)).to.deep.equal([...BADGE_LANGUAGES]);
    const named = Object.fromEntries(languages.map((option) => [option.lang, option.textContent]));
    expect(named).to.include({ en: 'English', fr: 'Français', de: 'Deutsch', es: 'Español', uk: 'Українська' });
  });

  it('updates the live badge and the snippet as the partner picks', async () => {
    const kit = await renderKit();
    choose(kit, '#partner', 'lego-group');
    inKit<HTMLInputElement>(kit, 'input[name="variant"][value="compact"]').click();
    inKit<HTMLInputElement>(kit, 'input[name="theme"][value="light"]').click();
    choose(kit, '#lang', 'fr');
    await kit.updateComplete;
    const badge = inKit(kit, 'coe-partner-badge');
    await waitUntil(() => part(badge, 'name')?.textContent?.includes('LEGO'), 'the badge shows the LEGO Group');
    expect([badge.getAttribute('variant'), badge.getAttribute('theme'), badge.getAttribute('lang')]).to.deep.equal([
      'compact',
      'light',
      'fr',
    ]);
    expect(part(badge, 'claim')!.textContent).to.include('Partenaire numérique');
    expect(inKit<HTMLTextAreaElement>(kit, 'textarea').value).to.include(
      '<coe-partner-badge partner="lego-group" variant="compact" theme="light" lang="fr">',
    );
  });

  it('copies the snippet from the keyboard and says so, visibly and in a polite live region', async () => {
    const kit = await renderKit();
    const status = inKit(kit, '[role="status"]');
    expect(status.textContent!.trim(), 'nothing said before').to.equal('');
    inKit<HTMLTextAreaElement>(kit, 'textarea').focus();
    await sendKeys({ press: 'Tab' });
    expect(kit.shadowRoot!.activeElement?.textContent).to.equal('Copy the snippet');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status.textContent!.trim(), 'the kit says what happened');
    const said = status.textContent!.replace(/\s+/g, ' ').trim();
    // A browser may refuse the clipboard to a page it runs headless; then the kit selects the text for the visitor.
    if (said.startsWith('Copied')) expect(said).to.equal('Copied: paste it into your page.');
    else {
      expect(said).to.match(/^Could not copy: the snippet is selected/);
      const box = inKit<HTMLTextAreaElement>(kit, 'textarea');
      expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, box.value.length]);
    }
    expect(status.getBoundingClientRect().height, 'shown, not only announced').to.be.above(0);
    choose(kit, '#partner', 'orange');
    await kit.updateComplete;
    expect(status.textContent!.trim(), 'a new choice makes the confirmation stale').to.equal('');
  });

  it('selects the snippet for copying by hand when the browser refuses the clipboard', async () => {
    const kit = await renderKit();
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    // The one refusal a test cannot get from a real browser on demand: a clipboard that says no.
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied')) },
    });
    try {
      inKit<HTMLButtonElement>(kit, 'button').click();
      await waitUntil(() => inKit(kit, '[role="status"]').textContent!.trim(), 'the kit says what happened');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard && !('clipboard' in navigator)) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    expect(inKit(kit, '[role="status"]').textContent).to.include('Could not copy: the snippet is selected');
    const box = inKit<HTMLTextAreaElement>(kit, 'textarea');
    expect(kit.shadowRoot!.activeElement).to.equal(box);
    expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, box.value.length]);
  });

  it('offers no snippet without this build’s hash, and says how to get one', async () => {
    const kit = await fixture<DemoPartnerKit>(html`<demo-partner-kit></demo-partner-kit>`);
    expect(kit.shadowRoot!.querySelector('textarea')).to.equal(null);
    expect(inKit(kit, '.missing').textContent).to.include('npm run build');
  });

  for (const scheme of ['light', 'dark']) {
    it(`is accessible on a ${scheme} page: labelled fields, groups and regions, contrast`, async () => {
      // A page in that scheme: its colour scheme, and the scheme's own page colours (Firefox leaves the root white otherwise).
      const root = document.documentElement.style;
      root.setProperty('color-scheme', scheme);
      root.setProperty('background', 'Canvas');
      root.setProperty('color', 'CanvasText');
      try {
        const kit = await renderKit();
        await expect(kit).to.be.accessible();
      } finally {
        for (const property of ['color-scheme', 'background', 'color']) root.removeProperty(property);
      }
    });
  }

  it('fits a 320 px screen (300 px inside the page’s margins) with the full badge, without scrolling sideways', async () => {
    const kit = await renderKit('300px');
    inKit<HTMLInputElement>(kit, 'input[name="variant"][value="full"]').click();
    await kit.updateComplete;
    await waitUntil(() => part(inKit(kit, 'coe-partner-badge'), 'since'), 'the full badge drew itself');
    expect(kit.scrollWidth, 'the kit').to.be.at.most(300);
    const stage = inKit(kit, '.stage');
    expect(stage.scrollWidth, 'the preview').to.be.at.most(stage.clientWidth);
  });
});

// The partner kit's snippet (demo/kit/badge-snippet.ts), pasted as it is into a blank page of a partner's
// site (test/server/kit-pages.mjs) that loads the BUILT dist/cdn/coe-partner-badge.js: the browser checks
// the integrity for real. Run `npm run build` first.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BADGE_SIZES } from '../../src/components/partner-badge/partner-badge.styles.js';
import { DEFAULT_VERIFY_URL } from '../../src/components/partner-badge/partner-badge.link.js';
import type { BadgeVariant } from '../../src/components/partner-badge/partner-badge.js';
import { BADGE_VARIANTS, badgeScriptUrl, badgeSnippet, DEFAULT_CHOICES, type BadgeChoices } from '../../demo/kit/badge-snippet.js';
import { defineDemoPartnerKit, type DemoPartnerKit } from '../../demo/kit/partner-kit.js';
import { part, textOf } from '../helpers/badge.js';
import { pasteIntoPage } from '../helpers/pasted-page.js';

defineDemoPartnerKit();

/** The test server's copy of the CDN folder: "the page's own origin" for a local test. */
const LOCAL_CDN = `${location.origin}/dist/cdn/`;

async function builtIntegrity(): Promise<string> {
  const response = await fetch('/dist/cdn/sri.json');
  if (!response.ok) throw new Error('dist/cdn/sri.json is missing: run npm run build before the browser tests');
  return ((await response.json()) as Record<string, string>)['coe-partner-badge.js'];
}

/** A hash of the right form that is not the file's. */
const tampered = (integrity: string) => integrity.replace(/.{8}$/, integrity.endsWith('AAAAAAAA') ? 'BBBBBBBB' : 'AAAAAAAA');

/**
 * Where every element and text of the page's `main` is drawn, leaving out what is inside the badge. (The
 * page is another window: its nodes are not instances of this window's `Element`, so types go by `nodeType`.)
 */
function layoutAround(doc: Document): string[] {
  const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
  const outsideBadge = (node: Node) =>
    isElement(node) && node.localName === 'coe-partner-badge' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
  const walker = doc.createTreeWalker(doc.querySelector('main')!, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, outsideBadge);
  const boxes: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isElement(node)) boxes.push(`<${node.localName}> ${JSON.stringify(node.getBoundingClientRect())}`);
    else if (node.textContent?.trim()) {
      const range = doc.createRange();
      range.selectNodeContents(node);
      boxes.push(`"${node.textContent.trim().slice(0, 20)}" ${JSON.stringify(range.getBoundingClientRect())}`);
    }
  }
  return boxes;
}

const sizeOf = (element: Element) => {
  const { width, height } = element.getBoundingClientRect();
  return { width, height };
};

describe('the partner kit’s snippet, pasted into a blank page of a partner’s site', () => {
  let integrity: string;
  before(async () => {
    integrity = await builtIntegrity();
  });
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('carries the script with this build’s SRI hash and crossorigin, the element with a fallback link, and the reserve rule', () => {
    const snippet = badgeSnippet(
      { ...DEFAULT_CHOICES, variant: 'compact', theme: 'dark', lang: 'de' },
      { src: badgeScriptUrl(), integrity },
    );
    expect(snippet.script).to.equal(
      `<script type="module" src="${badgeScriptUrl()}" integrity="${integrity}" crossorigin="anonymous"></script>`,
    );
    expect(badgeScriptUrl()).to.match(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/coe-partnership-widgets@\d+\.\d+\.\d+\/dist\/cdn\/coe-partner-badge\.js$/,
    );
    expect(snippet.css).to.equal(
      'coe-partner-badge[variant="compact"]:not(:defined) { display: inline-block; width: 216px; height: 40px; overflow: hidden; vertical-align: middle; }',
    );
    expect(snippet.element).to.match(
      /^<coe-partner-badge partner="telefonica" variant="compact" theme="dark" lang="de">\n {2}<a href="[^"]+"[^>]*>Telefónica – [^<]+<\/a>\n<\/coe-partner-badge>$/,
    );
    for (const piece of [snippet.script, snippet.css, snippet.element]) expect(snippet.text).to.include(piece);
  });

  it('escapes what is text of the snippet: AT&T’s name and a script URL with quotes cannot become markup', async () => {
    const snippet = badgeSnippet({ ...DEFAULT_CHOICES, partner: 'att' }, { src: `${LOCAL_CDN}"><img src=x onerror=alert(1)>/`, integrity });
    expect(snippet.element).to.include('>AT&amp;T – ');
    expect(snippet.script).not.to.include('"><img');
    const { doc } = await pasteIntoPage(snippet.text);
    expect(doc.querySelectorAll('img').length, 'elements made from the URL').to.equal(0);
    expect(doc.querySelector('coe-partner-badge a')!.textContent).to.match(/^AT&T – /);
  });

  for (const variant of BADGE_VARIANTS) {
    it(`loads (integrity accepted), shows the verified ${variant} badge and reserves its space: nothing around it moves`, async () => {
      const choices: BadgeChoices = { partner: 'telefonica', variant, theme: 'auto', lang: 'es' };
      const snippet = badgeSnippet(choices, { src: badgeScriptUrl(LOCAL_CDN), integrity });
      const loaded = await pasteIntoPage(snippet.text);
      const badge = loaded.doc.querySelector('coe-partner-badge')!;
      await waitUntil(() => badge.shadowRoot && part(badge, 'name'), 'the script ran and the badge drew itself');
      expect(textOf(badge, 'name'), 'the verified partner’s name').to.equal('Telefónica');
      expect(
        part<HTMLAnchorElement>(badge, 'link')!.href.startsWith(DEFAULT_VERIFY_URL),
        'it leads to the Digital Partnership page',
      ).to.equal(true);
      expect(sizeOf(badge)).to.deep.equal(BADGE_SIZES[variant as BadgeVariant]);

      // The same page with the script refused is the page as it is before the script arrives: the reserved box and the fallback link.
      const before = await pasteIntoPage(badgeSnippet(choices, { src: badgeScriptUrl(LOCAL_CDN), integrity: tampered(integrity) }).text);
      const waiting = before.doc.querySelector('coe-partner-badge')!;
      expect(waiting.matches(':not(:defined)'), 'the badge is left undefined where its script was refused').to.equal(true);
      expect(sizeOf(waiting), 'the reserved box').to.deep.equal(BADGE_SIZES[variant as BadgeVariant]);
      expect(layoutAround(loaded.doc), 'where the text around the badge is drawn, before and after it draws').to.deep.equal(
        layoutAround(before.doc),
      );
    });
  }

  it('does not run with a wrong hash: the browser refuses the script and the fallback link stays', async () => {
    const snippet = badgeSnippet(DEFAULT_CHOICES, { src: badgeScriptUrl(LOCAL_CDN), integrity: tampered(integrity) });
    const { doc, win } = await pasteIntoPage(snippet.text);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // A boolean, not the class: a failure message holding a class of the page's realm stalls the test runner.
    expect(win.customElements.get('coe-partner-badge') === undefined, 'the badge element is left undefined').to.equal(true);
    const fallback = doc.querySelector<HTMLAnchorElement>('coe-partner-badge > a')!;
    expect(fallback.href).to.equal(DEFAULT_VERIFY_URL);
    expect(fallback.textContent).to.equal('Telefónica – Digital Partner of the Council of Europe');
    expect(fallback.getBoundingClientRect().height, 'the fallback link is shown').to.be.above(0);
  });

  it('works as the kit gives it: the snippet a partner copies after picking Orange, full, dark, French', async () => {
    const kit = await fixture<DemoPartnerKit>(html`<demo-partner-kit .integrity=${integrity} script-base=${LOCAL_CDN}></demo-partner-kit>`);
    const root = kit.shadowRoot!;
    const pick = (selector: string, value?: string) => {
      const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
      if (value === undefined) (control as HTMLInputElement).click();
      else {
        control.value = value;
        control.dispatchEvent(new Event('change'));
      }
    };
    pick('#partner', 'orange');
    pick('#lang', 'fr');
    pick('input[name="variant"][value="full"]');
    pick('input[name="theme"][value="dark"]');
    await kit.updateComplete;
    const text = root.querySelector('textarea')!.value;
    expect(text).to.include('<coe-partner-badge partner="orange" variant="full" theme="dark" lang="fr">');
    const { doc } = await pasteIntoPage(text);
    const badge = doc.querySelector('coe-partner-badge')!;
    await waitUntil(() => badge.shadowRoot && part(badge, 'name'), 'the badge drew itself');
    expect(textOf(badge, 'name')).to.equal('Orange');
    expect(textOf(badge, 'claim')).to.equal('Partenaire numérique du Conseil de l’Europe');
    expect(sizeOf(badge)).to.deep.equal(BADGE_SIZES.full);
  });
});

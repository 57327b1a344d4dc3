// The design tokens as a designer's tools receive them: dist/cdn/tokens.json (W3C Design Tokens format) built by
// Style Dictionary 4 into CSS variables (test/server/design-token-pages.mjs, from the built file). Set on a page,
// that CSS must leave every widget exactly as its own defaults draw it, in each colour scheme: a value written
// wrong in tokens.json, or changed by Style Dictionary's transforms, changes a computed style here.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../src/define/all.js';
import { deepElements } from './helpers/frame.js';
import { settle } from './helpers/badge.js';

/** Computed styles the tokens reach: colours, type, corners, shadows, spacing and motion. */
const PROPERTIES = [
  'color',
  'background-color',
  'border-top-color',
  'border-inline-start-color',
  'border-bottom-color',
  'font-family',
  'font-size',
  'line-height',
  'border-top-left-radius',
  'box-shadow',
  'padding-top',
  'padding-inline-start',
  'row-gap',
  'transition-duration',
] as const;
/** The badge keeps its own corners (in px) and a shorter font stack: only the colours it shares are compared. */
const BADGE_PROPERTIES = ['color', 'background-color', 'border-top-color', 'border-inline-start-color'] as const;

async function styleDictionaryCss(scheme: 'light' | 'dark'): Promise<string> {
  const response = await fetch(`/test-api/style-dictionary/${scheme}.css`);
  expect(response.ok, `Style Dictionary built ${scheme}.css`).to.equal(true);
  return response.text();
}

/** Differences between two renderings of the same widgets, element by element, as "tag part: property a ≠ b". */
function differences(plain: HTMLElement, themed: HTMLElement): string[] {
  const [left, right] = [plain, themed].map((root) => [root, ...deepElements(root.shadowRoot ?? (root as unknown as ShadowRoot))]);
  const found: string[] = [];
  const properties = plain.localName === 'coe-partner-badge' ? BADGE_PROPERTIES : PROPERTIES;
  expect(right!.length, `${plain.localName} renders the same elements`).to.equal(left!.length);
  left!.forEach((element, index) => {
    const [a, b] = [getComputedStyle(element), getComputedStyle(right![index]!)];
    for (const property of properties) {
      const [before, after] = [a.getPropertyValue(property), b.getPropertyValue(property)];
      if (before !== after)
        found.push(`${plain.localName} ${element.getAttribute('part') ?? element.localName}: ${property} ${before} ≠ ${after}`);
    }
  });
  return found;
}

describe('tokens.json through Style Dictionary', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`gives the widgets their own ${scheme} values`, async () => {
      const css = await styleDictionaryCss(scheme);
      expect(css).to.contain('--coe-color-primary:');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css.replace(':root', '.style-dictionary'));
      const before = document.adoptedStyleSheets;
      document.adoptedStyleSheets = [...before, sheet];
      try {
        const widgets = html`<coe-partner-grid searchable filterable></coe-partner-grid>
          <coe-highlights-timeline></coe-highlights-timeline>
          <coe-benefits-list layout="cards"></coe-benefits-list>
          <coe-contact-form action="/test-api/contact/unused"></coe-contact-form>
          <coe-partner-badge partner="orange"></coe-partner-badge>`;
        // The page's colour scheme, which the widgets follow (theme="auto"), set before they are drawn (a change
        // afterwards would start their colour transitions): the token set of that scheme applies.
        const root = await fixture<HTMLElement>(html`<div lang="en"></div>`);
        root.style.colorScheme = scheme;
        render(
          html`<div class="plain">${widgets}</div>
            <div class="style-dictionary">${widgets}</div>`,
          root,
        );
        await settle();
        const [plain, themed] = ['.plain', '.style-dictionary'].map(
          (selector) => [...root.querySelector(selector)!.children] as HTMLElement[],
        );
        const found = plain!.flatMap((widget, index) => differences(widget, themed![index]!));
        expect(found).to.deep.equal([]);
      } finally {
        document.adoptedStyleSheets = before;
      }
    });
  }
});

// What a designer's review (issue 12, items 7–12) asked of the widgets' looks, asserted on what a person sees:
// computed colours, boxes and line lengths.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define/all.js';
import { backgroundBehind, parseColor, ratio, textContrast, textElementsIn } from './helpers/contrast.js';

const LIGHT_PAGE = '#f6f7fb';
const DARK_PAGE = '#0d1017';

/** A page's colour scheme given to a widget as a host page gives it, on the element; none by default. */
const schemeStyle = (scheme: string | undefined): string => `color-scheme: ${scheme ?? 'normal'}`;

/** The four Lit widgets, each with what it shows on a surface of its own (cards, fields). */
const WIDGETS = [
  {
    tag: 'coe-partner-grid',
    template: (scheme?: string) => html`<coe-partner-grid searchable filterable style=${schemeStyle(scheme)}></coe-partner-grid>`,
    surfaces: ['.card', 'input[type=search]'],
  },
  {
    tag: 'coe-highlights-timeline',
    template: (scheme?: string) => html`<coe-highlights-timeline style=${schemeStyle(scheme)}></coe-highlights-timeline>`,
    surfaces: ['.card'],
  },
  {
    tag: 'coe-benefits-list',
    template: (scheme?: string) => html`<coe-benefits-list layout="cards" style=${schemeStyle(scheme)}></coe-benefits-list>`,
    surfaces: ['.card'],
  },
  {
    tag: 'coe-contact-form',
    template: (scheme?: string) => html`<coe-contact-form style=${schemeStyle(scheme)}></coe-contact-form>`,
    surfaces: ['input#name', 'textarea', 'select'],
  },
] as const;

/** The widget inside `template`, once its shadow root shows its content. */
async function rendered(template: TemplateResult, tag: string): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(template);
  const widget = root.localName === tag ? root : root.querySelector<HTMLElement>(tag)!;
  await waitUntil(() => widget.shadowRoot && widget.shadowRoot.querySelectorAll('li, input').length > 0, `${tag} rendered`);
  return widget;
}

const isTransparent = (value: string): boolean => parseColor(value).alpha === 0;

describe('widgets on the page (issue 12, item 7)', () => {
  for (const { tag, template, surfaces } of WIDGETS) {
    it(`<${tag}> paints nothing on its host by default, its cards and fields keep their surface`, async () => {
      const widget = await rendered(template(), tag);
      const host = getComputedStyle(widget);
      expect(isTransparent(host.backgroundColor), `host background ${host.backgroundColor}`).to.equal(true);
      for (const selector of surfaces) {
        const surface = widget.shadowRoot!.querySelector(selector)!;
        expect(getComputedStyle(surface).backgroundColor, `${selector} background`).to.equal('rgb(255, 255, 255)');
      }
    });

    it(`<${tag}> text stays readable (4.5:1) on a light page and, in the dark theme, on a dark page`, async () => {
      for (const [page, scheme] of [
        [LIGHT_PAGE, 'light'],
        [DARK_PAGE, 'dark'],
      ] as const) {
        // The page's colour scheme reaches the widget as a host page gives it: `color-scheme` on the element.
        const widget = await rendered(
          html`<div style="background: ${page}; color-scheme: ${scheme}; padding: 8px">${template(scheme)}</div>`,
          tag,
        );
        const texts = textElementsIn(widget.shadowRoot!);
        expect(texts.length, 'texts found').to.be.greaterThan(3);
        for (const text of texts) {
          const label = `${scheme} page, "${text.textContent!.trim().slice(0, 40)}" on ${JSON.stringify(backgroundBehind(text))}: ${ratio(textContrast(text))}`;
          expect(textContrast(text), label).to.be.at.least(4.5);
        }
      }
    });
  }

  it('can be given a panel by the host page through --coe-host-background and --coe-host-padding', async () => {
    const widget = await rendered(
      html`<coe-benefits-list style="--coe-host-background: rgb(1, 2, 3); --coe-host-padding: 24px"></coe-benefits-list>`,
      'coe-benefits-list',
    );
    const host = getComputedStyle(widget);
    expect(host.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(host.paddingTop).to.equal('24px');
    expect(host.paddingInlineStart).to.equal('24px');
  });
});

/** The words of each card's name whose letters do not all sit on one line (a word broken inside). */
function brokenWords(grid: HTMLElement): string[] {
  const broken: string[] = [];
  for (const name of grid.shadowRoot!.querySelectorAll('.card:not([hidden]) .name')) {
    const textNode = [...name.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
    const text = textNode.textContent!;
    for (const match of text.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(textNode, match.index);
      range.setEnd(textNode, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

/**
 * The grid in a container `width` px wide, every card laid out as a visitor scrolling through sees it (the cards
 * skip the layout of those off screen, `content-visibility: auto`, which would measure their placeholder size).
 */
async function gridIn(width: number, lang = 'en'): Promise<HTMLElement> {
  return rendered(
    html`<div style="inline-size: ${width}px" lang=${lang}>
      <style>
        coe-partner-grid::part(item) {
          content-visibility: visible;
        }
      </style>
      <coe-partner-grid></coe-partner-grid>
    </div>`,
    'coe-partner-grid',
  );
}

describe('<coe-partner-grid> on a phone (issue 12, item 8)', () => {
  for (const lang of ['en', 'fr']) {
    it(`shows the 27 partners in two columns of compact tiles, no taller than 2,000 px, in a 390 px container (${lang})`, async () => {
      const grid = await gridIn(390, lang);
      const cards = [...grid.shadowRoot!.querySelectorAll('.card')];
      const columns = new Set(cards.map((card) => Math.round(card.getBoundingClientRect().left)));
      const height = Math.round(grid.getBoundingClientRect().height);
      expect(columns.size, `columns (grid ${height} px high)`).to.be.at.least(2);
      expect(height, 'grid height').to.be.at.most(2000);
    });

    // 358 px: a 390 px phone less the page's margins (16 px a side).
    for (const width of [390, 358]) {
      it(`wraps long partner names between words, never inside one, in a ${width} px container (${lang})`, async () => {
        const grid = await gridIn(width, lang);
        expect(brokenWords(grid)).to.deep.equal([]);
      });
    }
  }

  it('fits a 320 px container with no horizontal scroll', async () => {
    const grid = await gridIn(320);
    const frame = grid.parentElement!;
    expect(grid.getBoundingClientRect().width).to.be.at.most(320);
    expect(frame.scrollWidth, 'the frame scrolls sideways').to.be.at.most(320);
    for (const card of grid.shadowRoot!.querySelectorAll('.card')) {
      expect(card.scrollWidth, `${card.textContent!.trim().slice(0, 30)} overflows`).to.be.at.most(card.clientWidth + 1);
    }
  });
});

/**
 * How much of a card its content fills: the heights of its children, the gaps between them and its padding and
 * border, over the card's height. A card stretched to the height of a taller neighbour in its row shows the rest
 * as empty space.
 */
function fillOf(card: Element): number {
  const style = getComputedStyle(card);
  const children = [...card.children]
    .filter((child) => getComputedStyle(child).position !== 'absolute')
    .map((child) => child.getBoundingClientRect().height);
  const frame = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce(
    (sum, side) => sum + parseFloat(style[side as 'paddingTop']),
    0,
  );
  const needed = children.reduce((sum, height) => sum + height, 0) + parseFloat(style.rowGap || '0') * (children.length - 1) + frame;
  return needed / card.getBoundingClientRect().height;
}

/**
 * The longest line of a text in characters: the widest line box of its text over the average width of a
 * character of that text (the total width of its line boxes over its number of characters). It measures what a
 * reader's eye travels, in the text's own font, whatever the font the system has.
 */
function longestLineInCharacters(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
  const characters = element.textContent!.replace(/\s+/g, ' ').trim().length;
  const averageWidth = lines.reduce((sum, rect) => sum + rect.width, 0) / characters;
  return Math.max(...lines.map((rect) => rect.width)) / averageWidth;
}

describe('on a wide page (issue 12, item 9)', () => {
  it('<coe-partner-grid> cards in a 1280 px container are tight: a one-line name makes a card of 170 px at most, 90% filled on average', async () => {
    const grid = await gridIn(1280);
    const cards = [...grid.shadowRoot!.querySelectorAll('.card')];
    const fills = cards.map(fillOf);
    const average = fills.reduce((sum, fill) => sum + fill, 0) / fills.length;
    const apple = cards.find((card) => card.querySelector('.name')!.textContent!.trim() === 'Apple')!;
    expect(apple.getBoundingClientRect().height, 'the Apple card').to.be.at.most(170);
    expect(average, `on average (the emptiest card ${Math.min(...fills).toFixed(2)})`).to.be.at.least(0.9);
    // A card in a row with a three-line name and a note keeps some room, never most of itself empty.
    expect(Math.min(...fills), 'the emptiest card').to.be.at.least(0.62);
  });

  for (const layout of ['list', 'cards'] as const) {
    it(`<coe-benefits-list layout="${layout}"> keeps its lines under 80 characters in a 1280 px container`, async () => {
      const list = await rendered(
        html`<div style="inline-size: 1280px"><coe-benefits-list layout=${layout}></coe-benefits-list></div>`,
        'coe-benefits-list',
      );
      const texts = [...list.shadowRoot!.querySelectorAll('.card-text')];
      expect(texts.length).to.be.greaterThan(3);
      for (const text of texts) expect(longestLineInCharacters(text), text.textContent!.slice(0, 40)).to.be.at.most(80);
    });
  }
});

describe('French pages (issue 12, item 11)', () => {
  it('<coe-partner-grid lang="fr"> says what became of Facebook and Element AI in French, with no English aside in a name', async () => {
    const grid = await gridIn(960, 'fr');
    const cardOf = (id: string) => [...grid.shadowRoot!.querySelectorAll('.card')].find((card) => card.querySelector(`a[href*="${id}"]`))!;
    const seen = (card: Element) => (card as HTMLElement).innerText.replace(/\s+/g, ' ');
    const facebook = seen(cardOf('facebook.com'));
    const servicenow = seen(cardOf('servicenow.com'));
    for (const english of ['now', 'formerly', 'Joined']) {
      expect(facebook, 'Facebook card').to.not.match(new RegExp(`\\b${english}\\b`));
      expect(servicenow, 'ServiceNow card').to.not.match(new RegExp(`\\b${english}\\b`));
    }
    expect(facebook).to.contain('Aujourd’hui Meta');
    expect(servicenow).to.contain('Element AI');
    const names = [...grid.shadowRoot!.querySelectorAll('.name')].map((name) => name.textContent!.trim());
    expect(names.filter((name) => /\((now|formerly) /.test(name))).to.deep.equal([]);
  });

  it('<coe-contact-form lang="fr"> links its privacy statement to the French privacy page when the host gave none', async () => {
    const french = await rendered(html`<coe-contact-form lang="fr"></coe-contact-form>`, 'coe-contact-form');
    expect(french.shadowRoot!.querySelector<HTMLAnchorElement>('.privacy a')?.href).to.equal('https://www.coe.int/fr/web/data-protection');
    const english = await rendered(html`<coe-contact-form lang="en"></coe-contact-form>`, 'coe-contact-form');
    expect(english.shadowRoot!.querySelector<HTMLAnchorElement>('.privacy a')?.href).to.equal('https://www.coe.int/en/web/data-protection');
    const given = await rendered(
      html`<coe-contact-form lang="fr" privacy-url="https://example.org/vie-privee"></coe-contact-form>`,
      'coe-contact-form',
    );
    expect(given.shadowRoot!.querySelector<HTMLAnchorElement>('.privacy a')?.href).to.equal('https://example.org/vie-privee');
  });
});

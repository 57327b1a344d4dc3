import { expect } from '@open-wc/testing';
import { openFrame, WIDGET_TAGS } from '../helpers/frame.js';

type Frame = Awaited<ReturnType<typeof openFrame>>;

const style = (frame: Frame, el: Element) => frame.win.getComputedStyle(el);
const inShadow = (frame: Frame, tag: string, selector: string) => frame.doc.querySelector(tag)!.shadowRoot!.querySelector(selector)!;

/** The first element with text in each widget: what a visitor reads first. */
const FIRST_TEXT: Record<(typeof WIDGET_TAGS)[number], string> = {
  'coe-partner-badge': '.name',
  'coe-partner-grid': '.name',
  'coe-highlights-timeline': 'time',
  'coe-benefits-list': 'h3',
  'coe-contact-form': 'label',
};

describe('a hostile host page (global resets, 30px serif, red uppercase, content-box, [hidden] shown, rtl)', () => {
  let neutral: Frame;
  let hostile: Frame;
  before(async () => {
    neutral = await openFrame('/embed/neutral.html');
    hostile = await openFrame('/embed/hostile.html');
  });

  it('applies its CSS to the page (the test is real)', () => {
    expect(style(hostile, hostile.doc.body).direction).to.equal('rtl');
    expect(style(hostile, hostile.doc.querySelector('main')!).color).to.equal('rgb(255, 0, 0)');
  });

  it('does not change the size, font or colours of the badge', () => {
    const rect = (frame: Frame) => frame.doc.querySelector('coe-partner-badge')!.getBoundingClientRect();
    expect([rect(hostile).width, rect(hostile).height]).to.deep.equal([rect(neutral).width, rect(neutral).height]);
    for (const selector of ['a', '.name', '.line']) {
      const [a, b] = [
        style(neutral, inShadow(neutral, 'coe-partner-badge', selector)),
        style(hostile, inShadow(hostile, 'coe-partner-badge', selector)),
      ];
      for (const property of [
        'fontFamily',
        'fontSize',
        'fontWeight',
        'lineHeight',
        'color',
        'backgroundColor',
        'textTransform',
        'letterSpacing',
        'direction',
        'textShadow',
      ] as const) {
        expect(b[property], `${selector} ${property}`).to.equal(a[property]);
      }
    }
  });

  for (const tag of WIDGET_TAGS) {
    it(`keeps <${tag}> readable: its own font family and colours, no uppercase, left to right, and fits the spacing set on it`, () => {
      const text = style(hostile, inShadow(hostile, tag, FIRST_TEXT[tag]));
      const reference = style(neutral, inShadow(neutral, tag, FIRST_TEXT[tag]));
      expect(text.fontFamily).to.equal(reference.fontFamily);
      expect(text.color).to.equal(reference.color);
      expect(text.textTransform).to.equal('none');
      expect(text.textShadow).to.equal('none');
      expect(text.direction).to.equal('ltr');
      const host = hostile.doc.querySelector(tag)!;
      // Letter spacing set on the element itself reaches its text, as a reader's spacing stylesheet must (WCAG 1.4.12):
      // the page's `* { letter-spacing: 4px }` is such a rule. The badge keeps its own (its text spacing is tested in its suite).
      const expected = tag === 'coe-partner-badge' ? reference.letterSpacing : style(hostile, host).letterSpacing;
      expect(text.letterSpacing).to.equal(expected);
      expect(host.scrollWidth, 'no horizontal overflow').to.be.at.most(host.clientWidth + 1);
    });
  }

  it('keeps the grid usable: filtering still hides the other partners despite [hidden] { display: block }', async () => {
    const grid = hostile.doc.querySelector('coe-partner-grid')!;
    const search = grid.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    search.value = 'orange';
    search.dispatchEvent(new hostile.win.InputEvent('input', { bubbles: true, composed: true }));
    await (grid as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const shown = [...grid.shadowRoot!.querySelectorAll('.card')].filter((card) => card.getClientRects().length > 0);
    expect(shown.map((card) => card.querySelector('.name')!.textContent)).to.deep.equal(['Orange']);
  });

  it('keeps the contact form usable: visible fields that take focus and text', () => {
    const form = hostile.doc.querySelector('coe-contact-form')!;
    const input = form.shadowRoot!.querySelector<HTMLInputElement>('input[autocomplete=name]')!;
    expect(input.getBoundingClientRect().width).to.be.greaterThan(100);
    input.focus();
    expect(form.shadowRoot!.activeElement).to.equal(input);
    expect(style(hostile, input).boxSizing).to.equal('border-box');
  });
});

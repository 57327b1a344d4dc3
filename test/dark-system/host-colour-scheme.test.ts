// The widgets on a host page, seen by a visitor whose operating system is in dark mode. This file runs in the
// `dark-system` group of web-test-runner.config.mjs: each engine started with its system in dark mode (Chromium
// --force-dark-mode, Firefox ui.systemUsesDarkTheme, WebKitGTK GTK_THEME=Adwaita:dark), not emulated per test.
// `theme="auto"` follows the colour scheme the element inherits, as the browser's own form controls do.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define/all.js';
import type { CoeContactForm } from '../../src/components/contact-form/contact-form.js';
import {
  backgroundBehind,
  boundaryContrast,
  contrast,
  focusRingColors,
  parseColor,
  ratio,
  textContrast,
  textElementsIn,
  type Rgba,
} from '../helpers/contrast.js';
import { endpointFor, fillValid, newKey, submit, waitForFailure, waitForSent } from '../helpers/contact-form.js';
import { deepElements } from '../helpers/frame.js';
import { tabInto } from '../helpers/keyboard.js';
import { captureConsoleErrors, captureWarnings } from '../helpers/wait.js';

/** One state of one widget: how to draw it, and when it is ready to be read. */
interface WidgetState {
  readonly name: string;
  readonly template: TemplateResult;
  readonly ready?: (widget: HTMLElement) => Promise<unknown>;
}

const untilShows = (selector: string) => (widget: HTMLElement) =>
  waitUntil(() => widget.shadowRoot?.querySelector(selector), `${widget.localName} shows ${selector}`, { timeout: 8000 });

async function typeIntoSearch(widget: HTMLElement, text: string): Promise<void> {
  await untilShows('input[type=search]')(widget);
  const search = widget.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
  search.value = text;
  search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await untilShows('[part~="empty"]')(widget);
}

/** A contact form whose first send fails for good (the real test endpoint, answering 500, with no retry). */
async function failedSend(form: HTMLElement): Promise<void> {
  await fillValid(form as CoeContactForm);
  await submit(form as CoeContactForm);
  await waitForFailure(form as CoeContactForm);
}

async function sentMessage(form: HTMLElement): Promise<void> {
  await fillValid(form as CoeContactForm);
  await submit(form as CoeContactForm);
  await waitForSent(form as CoeContactForm);
}

/** Data that arrives after four seconds, to see the loading state. */
const SLOW_SRC = '/test-api/slow?ms=4000&for=dark-system';

/** Every widget, in every state a visitor can meet. */
const STATES: readonly WidgetState[] = [
  {
    name: 'partner grid with search and filter',
    template: html`<coe-partner-grid searchable filterable></coe-partner-grid>`,
    ready: untilShows('li'),
  },
  {
    name: 'partner grid, no partner found',
    template: html`<coe-partner-grid searchable></coe-partner-grid>`,
    ready: (w) => typeIntoSearch(w, 'zzzz'),
  },
  {
    name: 'partner grid, loading',
    template: html`<coe-partner-grid src=${SLOW_SRC}></coe-partner-grid>`,
    ready: untilShows('.data-status:not(.data-status--error)'),
  },
  {
    name: 'partner grid, load failed',
    template: html`<coe-partner-grid src="/test/fixtures/does-not-exist.json"></coe-partner-grid>`,
    ready: untilShows('.data-status--error'),
  },
  {
    name: 'partner grid, an item left out',
    template: html`<coe-partner-grid src="/test/fixtures/partly-invalid.json"></coe-partner-grid>`,
    ready: untilShows('[part~="notice"]'),
  },
  { name: 'highlights timeline', template: html`<coe-highlights-timeline></coe-highlights-timeline>`, ready: untilShows('li') },
  { name: 'benefits list', template: html`<coe-benefits-list></coe-benefits-list>`, ready: untilShows('li') },
  {
    name: 'forms of cooperation as cards',
    template: html`<coe-benefits-list list="cooperation" layout="cards"></coe-benefits-list>`,
    ready: untilShows('li'),
  },
  {
    name: 'contact form',
    template: html`<coe-contact-form action=${endpointFor(newKey())}></coe-contact-form>`,
    ready: untilShows('textarea'),
  },
  {
    name: 'contact form with errors',
    template: html`<coe-contact-form action=${endpointFor(newKey())}></coe-contact-form>`,
    ready: async (form) => {
      await untilShows('textarea')(form);
      await submit(form as CoeContactForm);
      await untilShows('[part~="error-summary"]')(form);
    },
  },
  {
    name: 'contact form, message sent',
    template: html`<coe-contact-form action=${endpointFor(newKey())}></coe-contact-form>`,
    ready: sentMessage,
  },
  {
    name: 'contact form, sending failed',
    template: html`<coe-contact-form action=${endpointFor(newKey(), 'fail=500&times=all')} .retries=${0}></coe-contact-form>`,
    ready: failedSend,
  },
  {
    name: 'badge, verified',
    template: html`<coe-partner-badge partner="orange" variant="full"></coe-partner-badge>`,
    ready: untilShows('a'),
  },
  {
    name: 'badge, compact',
    template: html`<coe-partner-badge partner="orange" variant="compact"></coe-partner-badge>`,
    ready: untilShows('a'),
  },
  { name: 'badge, not verified', template: html`<coe-partner-badge partner="nobody"></coe-partner-badge>`, ready: untilShows('a.neutral') },
  {
    name: 'widgets inside a provider',
    template: html`<coe-partnership><coe-benefits-list></coe-benefits-list></coe-partnership>`,
    ready: untilShows('li'),
  },
];

/**
 * Renders `page` (a wrapper standing for the host page, around a widget) and waits until the widget is `ready`.
 * The states' expected console reports (a failed load, an invalid item, a badge off its partner's domains) are kept off the log.
 */
async function renderOn(page: TemplateResult, ready?: (widget: HTMLElement) => Promise<unknown>): Promise<HTMLElement> {
  let widget!: HTMLElement;
  await captureWarnings(async () => {
    await captureConsoleErrors(async () => {
      const root = await fixture<HTMLElement>(page);
      widget = [...root.querySelectorAll<HTMLElement>('*')].find(
        (el) => el.localName.startsWith('coe-') && el.localName !== 'coe-partnership',
      )!;
      await ready?.(widget);
    });
  });
  return widget;
}

/** What a person reads in the widget, with the contrast of each text, its field edges and its focus ring. */
async function expectReadable(widget: HTMLElement, where: string): Promise<void> {
  const texts = textElementsIn(widget.shadowRoot!);
  expect(texts.length, `${where}: texts found`).to.be.greaterThan(0);
  for (const text of texts) {
    const figure = textContrast(text);
    const said = `${where}: "${text.textContent!.trim().slice(0, 40)}" ${getComputedStyle(text).color} on ${JSON.stringify(backgroundBehind(text))}: ${ratio(figure)}`;
    expect(figure, said).to.be.at.least(4.5);
  }
  for (const field of deepElements(widget.shadowRoot!).filter((el) =>
    el.matches('input:not([type=checkbox]):not([type=radio]):not(.honeypot input), textarea, select'),
  )) {
    if (field.getClientRects().length === 0 || field.closest('.honeypot')) continue;
    const figure = boundaryContrast(field);
    expect(figure, `${where}: the edge of ${field.localName}#${field.id} ${ratio(figure)}`).to.be.at.least(3);
  }
  const focusable = deepElements(widget.shadowRoot!).some((el) => el.matches('a[href], button, input, select, textarea'));
  if (!focusable) return;
  const focused = await tabInto(widget);
  expect(focused && widget.shadowRoot!.contains(focused), `${where}: focus moved into ${widget.localName}`).to.equal(true);
  if (!focused) return;
  const ring = focusRingColors(focused);
  expect(ring.length, `${where}: ${focused.localName} shows a focus ring`).to.be.greaterThan(0);
  const best = (against: Rgba) => Math.max(...ring.map((color) => contrast(color, against)));
  const [onPage, onControl] = [best(backgroundBehind(focused, false)), best(backgroundBehind(focused))];
  expect(onPage, `${where}: the focus ring of ${focused.localName} against what is around it ${ratio(onPage)}`).to.be.at.least(3);
  expect(onControl, `${where}: the focus ring of ${focused.localName} against the control ${ratio(onControl)}`).to.be.at.least(3);
}

/** The element whose colour is the widget's text colour: the host, or the badge's link (its host resets everything). */
const textHolder = (widget: HTMLElement): Element =>
  widget.localName === 'coe-partner-badge' ? widget.shadowRoot!.querySelector('a')! : widget;

/** The colour a widget's text takes, forced to one theme, for comparison. */
async function textColourOf(theme: 'light' | 'dark'): Promise<string> {
  const probe = await fixture<HTMLElement>(html`<coe-benefits-list theme=${theme}></coe-benefits-list>`);
  await untilShows('li')(probe);
  return getComputedStyle(probe.shadowRoot!.querySelector('li')!).color;
}

describe('the widgets on a host page, the visitor’s system in dark mode', () => {
  before(() => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'this browser was started with its system in dark mode').to.equal(true);
  });

  describe('on a light page that declares no colour scheme', () => {
    for (const state of STATES) {
      it(`${state.name}: stays light, every text 4.5:1, field edges and focus ring 3:1 on the white page`, async () => {
        const widget = await renderOn(html`<div>${state.template}</div>`, state.ready);
        await expectReadable(widget, state.name);
        expect(getComputedStyle(textHolder(widget)).color, 'the widget’s text colour: the light theme’s').to.equal(
          await textColourOf('light'),
        );
      });
    }
  });

  describe('on a page that declares `color-scheme: light dark`', () => {
    for (const state of STATES) {
      it(`${state.name}: turns dark with the system, and stays readable`, async () => {
        const widget = await renderOn(
          html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText; padding: 8px">${state.template}</div>`,
          state.ready,
        );
        expect(parseColor(getComputedStyle(textHolder(widget)).color), 'the widget’s text is light on the dark page').to.satisfy(
          (color: Rgba) => contrast(color, { r: 255, g: 255, b: 255, alpha: 1 }) < 2,
        );
        await expectReadable(widget, `${state.name} on a light dark page`);
      });
    }
  });

  it('in a dark section of a light page, the widget there is dark and the one outside stays light', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <coe-benefits-list id="outside"></coe-benefits-list>
      <section style="color-scheme: dark; background: #0d1017; padding: 8px"><coe-benefits-list id="inside"></coe-benefits-list></section>
    </div>`);
    const [outside, inside] = ['#outside', '#inside'].map((id) => root.querySelector<HTMLElement>(id)!);
    await Promise.all([untilShows('li')(outside), untilShows('li')(inside)]);
    const [light, dark] = [await textColourOf('light'), await textColourOf('dark')];
    expect(getComputedStyle(outside.shadowRoot!.querySelector('li')!).color).to.equal(light);
    expect(getComputedStyle(inside.shadowRoot!.querySelector('li')!).color).to.equal(dark);
    await expectReadable(outside, 'outside the dark section');
    await expectReadable(inside, 'inside the dark section');
  });

  it('server-rendered widgets, opened with scripts off on a page that declares no colour scheme, are light and readable', async () => {
    // A sandboxed frame without allow-scripts: the declarative shadow roots of test/server/ssr-pages.mjs, as the server drew them.
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.width = '960';
    frame.height = '900';
    frame.src = '/ssr/page.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    try {
      const widgets = [
        ...frame.contentDocument!.querySelectorAll<HTMLElement>(
          'coe-partner-grid, coe-highlights-timeline, coe-benefits-list, coe-partner-badge',
        ),
      ];
      expect(widgets.length, 'server-rendered widgets').to.be.at.least(4);
      for (const widget of widgets) {
        expect(widget.shadowRoot, `${widget.localName}'s declarative shadow root`).to.exist;
        const texts = textElementsIn(widget.shadowRoot!);
        expect(texts.length, `server-rendered ${widget.localName}: texts found`).to.be.greaterThan(0);
        for (const text of texts) {
          const figure = textContrast(text);
          expect(figure, `server-rendered ${widget.localName}: "${text.textContent!.trim().slice(0, 40)}" ${ratio(figure)}`).to.be.at.least(
            4.5,
          );
        }
      }
    } finally {
      frame.remove();
    }
  });

  it('a theme attribute still wins over the page: theme="dark" on a light page is dark', async () => {
    const widget = await renderOn(html`<div><coe-benefits-list theme="dark"></coe-benefits-list></div>`, untilShows('li'));
    expect(getComputedStyle(widget.shadowRoot!.querySelector('li')!).color).to.equal(await textColourOf('dark'));
    expect(getComputedStyle(widget.shadowRoot!.querySelector('li')!).color).not.to.equal(await textColourOf('light'));
  });
});

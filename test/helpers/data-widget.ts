import { expect, oneEvent } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import type { CoeDataErrorEvent } from '../../src/core/events.js';
import { LOCALES, expectAccessibleIn } from './a11y.js';
import { captureConsoleErrors, waitForText } from './wait.js';

type Lang = (typeof LOCALES)[number];

/**
 * Gives `element` invalid data through `assign` and checks that it reports exactly `paths`, in that order, in one
 * `coe-data-error` event, and names each of them on the console. What the element then shows is the caller's to check.
 */
export async function expectInvalidDataReported(element: LitElement, assign: () => void, paths: readonly string[]): Promise<void> {
  const logged = await captureConsoleErrors(async () => {
    const event = oneEvent(element, 'coe-data-error') as Promise<CoeDataErrorEvent>;
    assign();
    const { detail } = await event;
    expect(detail.errors.map((error) => error.path)).to.deep.equal(paths);
    await element.updateComplete;
  });
  for (const path of paths) expect(logged.join('\n')).to.contain(path);
}

/** A data widget loading its own `src`, as `itShowsSrcStatusIn` checks it. */
export interface SrcStatusCase {
  /** What the loaded widget shows, for the test's name: "the highlights". */
  readonly loadedWhat: string;
  /** The widget with `src` set, while it loads (from a slow URL) and when it fails (a missing file). */
  readonly loading: (src: string) => TemplateResult;
  readonly failing: (src: string) => TemplateResult;
  /** A text of the loaded data in each language. */
  readonly loadedText: Readonly<Record<Lang, string>>;
  /** The height the widget keeps while it loads, and what for. */
  readonly reserved: readonly [height: number, what: string];
  /** The list a failed load does not draw. */
  readonly list: 'ol' | 'ul';
}

/**
 * The two tests every data widget passes in each language: a polite loading status in space kept for the data,
 * then the data; and a polite message, with the reason on the console, when `src` cannot be loaded (404).
 */
export function itShowsSrcStatusIn(lang: Lang, name: string, widget: SrcStatusCase): void {
  it(`shows a polite loading status in ${lang}, then ${widget.loadedWhat}`, async () => {
    const el = await expectAccessibleIn(lang, widget.loading(`/test-api/slow?ms=400&for=${name}-${lang}`));
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(lang === 'en' ? 'Loading…' : 'Chargement…');
    expect(el.getBoundingClientRect().height, widget.reserved[1]).to.be.at.least(widget.reserved[0]);
    await waitForText(el as LitElement, widget.loadedText[lang]);
  });

  it(`shows a polite message in ${lang} when its src fails (404)`, async () => {
    let el!: HTMLElement;
    const logged = await captureConsoleErrors(async () => {
      el = await expectAccessibleIn(lang, widget.failing('/test/fixtures/does-not-exist.json'), (root) =>
        waitForText(root as LitElement, lang === 'en' ? 'could not be loaded' : 'n’ont pas pu être chargées'),
      );
    });
    expect(logged.join('\n')).to.contain('404');
    expect(el.shadowRoot!.querySelector(widget.list)).to.be.null;
  });
}

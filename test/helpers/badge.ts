import { fixture, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CoePartnerBadge } from '../../src/components/partner-badge/partner-badge.js';

type Axe = typeof import('axe-core');

/** The badge's variants, each of a fixed size. */
export const VARIANTS = ['compact', 'standard', 'full'] as const;

/** An element's rendered width and height in CSS pixels. */
export function sizeOf(element: Element): [number, number] {
  const { width, height } = element.getBoundingClientRect();
  return [width, height];
}

/** Renders a badge (or a tree holding one) and waits until it has drawn itself. */
export async function renderBadge<T extends Element = CoePartnerBadge>(template: TemplateResult): Promise<T> {
  const root = await fixture<T>(template);
  await settle();
  return root;
}

/** The badge renders in a microtask after a change; one frame covers it and layout. */
export async function settle(): Promise<void> {
  await Promise.resolve();
  // The first frame lays the badge out and its fit observer measures it; the second shows a smaller step's result.
  await nextFrame();
  await nextFrame();
}

/** A part of the badge's shadow DOM, e.g. `name`, `claim`, `since`, `link`. */
export function part<T extends Element = HTMLElement>(badge: Element, name: string): T | null {
  return badge.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Every text a person reads in the badge: shown, not clipped away, not visually hidden. */
export const readableTexts = (badge: Element): HTMLElement[] =>
  [...badge.shadowRoot!.querySelectorAll<HTMLElement>('.text span')].filter(
    (span) => span.getClientRects().length > 0 && getComputedStyle(span).clipPath === 'none' && !span.closest('.vh'),
  );

/** A badge's link. */
export const linkOf = (badge: Element): HTMLAnchorElement => part<HTMLAnchorElement>(badge, 'link')!;

export { textOf } from '../fixtures/badge-report.js';

/** The accessible name of an element as axe computes it (the same algorithm screen readers follow). */
export async function accessibleName(element: Element): Promise<string> {
  await import('axe-core/axe.min.js' as string);
  const axe = (window as unknown as { axe: Axe }).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(element).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

export { captureWarnings } from './wait.js';

/** Where each element and text of the page around the custom elements in `root` is drawn. */
function positionsIn(root: Element): DOMRect[] {
  const aroundCustomElements = (node: Node): number =>
    node instanceof Element && node.localName.includes('-') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, aroundCustomElements);
  const rects: DOMRect[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) rects.push(node.getBoundingClientRect());
    else if (node.textContent?.trim()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      rects.push(range.getBoundingClientRect());
    }
  }
  return rects;
}

/**
 * How far, in CSS pixels, what `run` does moves the content of `root` over the next frames: the
 * largest move of any of its elements or texts, measured from their boxes. (The Layout Instability
 * API would do this in Chromium only; boxes are measured the same way in every engine.)
 */
export async function layoutShiftOf(root: Element, run: () => void): Promise<number> {
  const before = positionsIn(root);
  run();
  for (let frame = 0; frame < 5; frame++) await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const after = positionsIn(root);
  return before.reduce((largest, box, index) => {
    const moved = after[index];
    return moved ? Math.max(largest, Math.abs(moved.x - box.x), Math.abs(moved.y - box.y)) : largest;
  }, 0);
}

/** Adds a page stylesheet (as a host page would) for the time of a test; returns its removal. */
export function addPageStyles(css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((item) => item !== sheet);
  };
}

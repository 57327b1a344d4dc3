import { fixture, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CoePartnerBadge } from '../../src/components/partner-badge/partner-badge.js';

type Axe = typeof import('axe-core');

/** Renders a badge (or a tree holding one) and waits until it has drawn itself. */
export async function renderBadge<T extends Element = CoePartnerBadge>(template: TemplateResult): Promise<T> {
  const root = await fixture<T>(template);
  await settle();
  return root;
}

/** The badge renders in a microtask after a change; one frame covers it and layout. */
export async function settle(): Promise<void> {
  await Promise.resolve();
  await nextFrame();
}

/** A part of the badge's shadow DOM, e.g. `name`, `claim`, `since`, `link`. */
export function part<T extends Element = HTMLElement>(badge: Element, name: string): T | null {
  return badge.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** What a person reads in one part (spaces collapsed, hidden separators included). */
export const textOf = (badge: Element, name: string): string => part(badge, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

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

/** The cumulative layout shift (PerformanceObserver 'layout-shift') of what `run` does, over the next frames. */
export async function layoutShiftOf(run: () => void): Promise<number> {
  let shift = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) shift += (entry as PerformanceEntry & { value: number }).value;
  });
  observer.observe({ type: 'layout-shift' });
  run();
  for (let frame = 0; frame < 5; frame++) await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.takeRecords().forEach((entry) => (shift += (entry as PerformanceEntry & { value: number }).value));
  observer.disconnect();
  return shift;
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

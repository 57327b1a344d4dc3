// Runs in headless Chromium (driven by scripts/bench.mjs): renders the Lit grid and the
// hand-written baseline with the same data and reports times.
import '../src/define/partner-grid.js';
import './baseline-grid.js';
import { syntheticPartners } from './synthetic-partners.js';
import { defaultData } from '../src/core/data/default-data.js';
import type { Partner } from '../src/core/data/types.js';

type Variant = 'lit' | 'baseline';

function dataFor(count: number): Partner[] {
  // Fresh objects each time: no cache from an earlier render can help.
  return count === 27 ? structuredClone([...(defaultData.partners ?? [])]) : syntheticPartners(count);
}

function create(variant: Variant, partners: Partner[], searchable: boolean): HTMLElement & { partners: unknown } {
  const el = document.createElement(variant === 'lit' ? 'coe-partner-grid' : 'baseline-grid') as HTMLElement & { partners: unknown };
  if (searchable) el.setAttribute('searchable', '');
  el.partners = partners;
  return el;
}

/** Time from creating the element to its first complete layout (script + style + layout), in ms. */
async function render(variant: Variant, count: number): Promise<number> {
  const partners = dataFor(count);
  const start = performance.now();
  const el = create(variant, partners, false);
  document.querySelector('main')!.append(el);
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  void document.body.getBoundingClientRect().height; // force style and layout
  return performance.now() - start;
}

/** Mounts a searchable grid and focuses its search box, for real keystrokes from the driver. */
async function mountSearch(variant: Variant, count: number): Promise<void> {
  const el = create(variant, dataFor(count), true);
  document.querySelector('main')!.append(el);
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  el.shadowRoot!.querySelector<HTMLInputElement>('#search')!.focus();
}

/** Event Timing entries of key interactions, as INP measures them. */
const interactions: { name: string; duration: number; interactionId: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as PerformanceEventTiming[]) {
    if (entry.interactionId) interactions.push({ name: entry.name, duration: entry.duration, interactionId: entry.interactionId });
  }
}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

Object.assign(window, { bench: { render, mountSearch, interactions } });

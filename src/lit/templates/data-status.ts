import { html, nothing, type TemplateResult } from 'lit';
import type { PartnershipController } from '../partnership-controller.js';

/**
 * What a data widget shows instead of its content while its data loads or
 * after the load failed: a polite status in the widget's language, never a blank.
 * Returns `undefined` when the data is ready, or when the widget was given its items as `property`.
 */
export function renderDataStatus(partnership: PartnershipController, property?: unknown): TemplateResult | undefined {
  const { status, messages } = partnership;
  // Items given as a property are shown whatever a src or a provider is doing.
  if (status === 'ready' || (property !== undefined && property !== null)) return undefined;
  // One template for both states: the same live region changes its text, so the failure is announced.
  const isError = status === 'error';
  return html`<p class="data-status ${isError ? 'data-status--error' : ''}" part="status" role="status">${isError ? messages.loadError : messages.loading}</p>`;
}

/** A polite note under the content when some items were left out as invalid. */
export function renderInvalidNotice(partnership: PartnershipController, leftOut: number): TemplateResult | typeof nothing {
  return leftOut > 0 ? html`<p class="data-status" part="notice" role="note">${partnership.messages.invalidItems(leftOut)}</p>` : nothing;
}

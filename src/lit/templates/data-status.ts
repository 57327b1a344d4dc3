import { html, nothing, type TemplateResult } from 'lit';
import { MAX_ITEMS, type ListLeftOut } from '../../core/data/list-result.js';
import { formatCount } from '../../core/i18n/format.js';
import type { ListSnapshot } from '../data-source-controller.js';
import type { LocaleView } from '../locale-controller.js';

/**
 * What a data widget shows instead of its content while its data loads or after the load failed:
 * a polite status in the widget's language, never a blank. `undefined` when the list is ready.
 */
export function renderDataStatus({ status, error }: ListSnapshot<unknown>, { messages }: LocaleView): TemplateResult | undefined {
  if (status === 'ready') return undefined;
  // One template for both states: the same live region changes its text, so the failure is announced.
  const isError = status === 'error';
  // A file with a mistake in it will not load better later: no "try again" then (the console says where the mistake is).
  const isFileMistake = error?.reason === 'parse' || error?.reason === 'invalid' || error?.reason === 'too-large';
  const failure = isFileMistake ? (messages.dataError ?? messages.loadError) : messages.loadError;
  return html`<p class="data-status ${isError ? 'data-status--error' : ''}" part="status" role="status">${isError ? failure : messages.loading}</p>`;
}

/** Polite notes under the content: when some items were left out as invalid, and when the list was cut at the limit. */
export function renderLeftOutNotice({ invalid, cutFrom }: ListLeftOut, { messages, locale }: LocaleView): TemplateResult {
  const count = (value: number): string => formatCount(value, locale);
  return html`${invalid > 0 ? renderNotice(messages.invalidItems(invalid, count(invalid))) : nothing}${
    cutFrom !== undefined ? renderNotice(messages.listCut(count(MAX_ITEMS), count(cutFrom))) : nothing
  }`;
}

function renderNotice(text: string): TemplateResult {
  return html`<p class="data-status" part="notice" role="note">${text}</p>`;
}

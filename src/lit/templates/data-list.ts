import { html, type TemplateResult } from 'lit';
import type { ListSnapshot } from '../data-source-controller.js';
import type { LocaleView } from '../locale-controller.js';
import { renderDataStatus, renderLeftOutNotice } from './data-status.js';

/**
 * What every list widget shows, in one place: while its data loads or after the load failed, the
 * polite status (in a frame that keeps the list's place, see `dataStatusStyles`); else the valid
 * items drawn by `renderItems`, then a note when items were left out.
 */
export function renderDataList<T>(
  list: ListSnapshot<T>,
  language: LocaleView,
  renderItems: (items: readonly T[]) => unknown,
): TemplateResult {
  const status = renderDataStatus(list, language);
  if (status) return html`<div class="data-frame">${status}</div>`;
  return html`${renderItems(list.items)}${renderLeftOutNotice(list.leftOut, language)}`;
}

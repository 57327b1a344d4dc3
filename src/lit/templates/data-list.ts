import { html, type TemplateResult } from 'lit';
import type { DataListName } from '../../core/data/types.js';
import type { ListItemTypes } from '../../core/data/validate.js';
import type { PartnershipController } from '../partnership-controller.js';
import { renderDataStatus, renderLeftOutNotice } from './data-status.js';

/**
 * What every list widget shows, in one place: while its data loads or after the
 * load failed, the polite status (in a frame that keeps the list's place, see
 * `itemCardStyles`); else the valid items drawn by `renderItems`, then a note
 * when invalid items were left out. Items given as a property (`property`)
 * are validated and reported by the controller, and win over any `src`.
 */
export function renderDataList<K extends DataListName>(
  partnership: PartnershipController,
  name: K,
  property: unknown,
  renderItems: (items: readonly ListItemTypes[K][]) => unknown,
): TemplateResult {
  const status = renderDataStatus(partnership, property);
  if (status) return html`<div class="data-frame">${status}</div>`;
  const items = partnership.list(name, property);
  return html`${renderItems(items)}${renderLeftOutNotice(partnership, partnership.leftOut(name, property))}`;
}

import type { IconName } from '../../lit/templates/icons.js';

/** The icon of each benefit and form of cooperation of the default data. */
const ICON_BY_ID: ReadonlyMap<string, IconName> = new Map([
  ['user-trust', 'shield'],
  ['legal-frameworks', 'scale'],
  ['network', 'globe'],
  ['expectations', 'eye'],
  ['digital-policy', 'document'],
  ['csr-initiatives', 'heart'],
  ['standard-setting', 'checklist'],
  ['events', 'calendar'],
  ['expertise', 'search'],
  ['training', 'cap'],
  ['joint-projects', 'people'],
]);

/** An item's icon, by its id; a generic tick for items of other data. */
export function iconForItem(id: string): IconName {
  return ICON_BY_ID.get(id) ?? 'check';
}

import { ContextRoot, createContext } from '@lit/context';
import { isServer } from 'lit';
import { PARTNERSHIP_CONTEXT_KEY, type PartnershipContextValue } from '../core/context-key.js';

export const partnershipContext = createContext<PartnershipContextValue>(PARTNERSHIP_CONTEXT_KEY);

const ROOT_ATTACHED = Symbol.for('coe-partnership-widgets.context-root');

/**
 * Keeps the widgets' context requests until a `<coe-partnership>` defined later
 * arrives (elements imported one by one, in any order, or a provider loaded
 * lazily): without it such widgets would keep the default data. Once per page,
 * whatever the number of copies of the library.
 */
export function ensureContextRoot(): void {
  const page = globalThis as { [ROOT_ATTACHED]?: boolean };
  if (isServer || page[ROOT_ATTACHED]) return;
  page[ROOT_ATTACHED] = true;
  new ContextRoot().attach(document.documentElement);
}

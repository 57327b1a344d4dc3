import { createContext } from '@lit/context';
import { PARTNERSHIP_CONTEXT_KEY, type PartnershipContextValue } from '../core/context-key.js';

export const partnershipContext = createContext<PartnershipContextValue>(PARTNERSHIP_CONTEXT_KEY);

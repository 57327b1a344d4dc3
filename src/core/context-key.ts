import type { DataLoadError } from './data/errors.js';
import type { PartnershipData } from './data/types.js';
import type { CutLengths, LeftOutCounts } from './data/list-result.js';

/**
 * What `<coe-partnership>` shares with the widgets inside it, through the
 * community context protocol (`context-request` events). The key is a global
 * symbol so that two copies of the library, or the Lit-free badge, find the
 * same provider.
 */
export const PARTNERSHIP_CONTEXT_KEY = Symbol.for('coe-partnership-widgets.partnership');

export type DataStatus = 'loading' | 'ready' | 'error';

export interface PartnershipContextValue {
  /** The valid part of the provider's data; lists it lacks come from the default data. */
  readonly data: PartnershipData;
  readonly status: DataStatus;
  readonly error?: DataLoadError;
  /** How many items of each list were left out as invalid. */
  readonly leftOut?: LeftOutCounts;
  /** The full length of each list cut at the limit (MAX_ITEMS). */
  readonly cut?: CutLengths;
}

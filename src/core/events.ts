import type { DataIssue } from './data/errors.js';

const EVENT_INIT = { bubbles: true, composed: true } as const;

export interface DataErrorDetail {
  /** Every issue found, each with its path such as `partners[3].website`. */
  readonly errors: readonly DataIssue[];
}

/** `coe-data-error`: a widget was given invalid data; the valid part is still shown. */
export class CoeDataErrorEvent extends CustomEvent<DataErrorDetail> {
  static readonly eventName = 'coe-data-error';
  constructor(errors: readonly DataIssue[]) {
    super(CoeDataErrorEvent.eventName, { ...EVENT_INIT, detail: { errors } });
  }
}

declare global {
  interface HTMLElementEventMap {
    'coe-data-error': CoeDataErrorEvent;
  }
}

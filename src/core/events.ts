import type { DataIssue } from './data/errors.js';
import type { PartnerKind } from './data/types.js';

/** Every coe- event bubbles and crosses shadow roots, so a host page hears it on any ancestor. */
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

export interface FilterChangeDetail {
  readonly kind: PartnerKind | 'all';
  readonly query: string;
  /** How many partners are shown after the change. */
  readonly count: number;
}

/** `coe-filter-change`: the partner grid's kind filter or search changed. */
export class CoeFilterChangeEvent extends CustomEvent<FilterChangeDetail> {
  static readonly eventName = 'coe-filter-change';
  constructor(detail: FilterChangeDetail) {
    super(CoeFilterChangeEvent.eventName, { ...EVENT_INIT, detail });
  }
}

/** The fields of a contact message, as sent. */
export type ContactData = Readonly<Record<string, string>>;

export interface ContactSubmitDetail {
  readonly data: ContactData;
}

/** `coe-contact-submit` (cancelable): a host that calls `preventDefault()` sends the data itself. */
export class CoeContactSubmitEvent extends CustomEvent<ContactSubmitDetail> {
  static readonly eventName = 'coe-contact-submit';
  constructor(data: ContactData) {
    super(CoeContactSubmitEvent.eventName, { ...EVENT_INIT, cancelable: true, detail: { data } });
  }
}

export interface ContactSuccessDetail {
  readonly data: ContactData;
  /** The server's JSON answer, when it sent one. */
  readonly response?: unknown;
}

/** `coe-contact-success`: the message was sent. */
export class CoeContactSuccessEvent extends CustomEvent<ContactSuccessDetail> {
  static readonly eventName = 'coe-contact-success';
  constructor(detail: ContactSuccessDetail) {
    super(CoeContactSuccessEvent.eventName, { ...EVENT_INIT, detail });
  }
}

export interface ContactErrorDetail {
  readonly error: Error;
}

/** `coe-contact-error`: the message could not be sent (after the retries); the draft is kept. */
export class CoeContactErrorEvent extends CustomEvent<ContactErrorDetail> {
  static readonly eventName = 'coe-contact-error';
  constructor(error: Error) {
    super(CoeContactErrorEvent.eventName, { ...EVENT_INIT, detail: { error } });
  }
}

declare global {
  interface HTMLElementEventMap {
    'coe-data-error': CoeDataErrorEvent;
    'coe-filter-change': CoeFilterChangeEvent;
    'coe-contact-submit': CoeContactSubmitEvent;
    'coe-contact-success': CoeContactSuccessEvent;
    'coe-contact-error': CoeContactErrorEvent;
  }
}

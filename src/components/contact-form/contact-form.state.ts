/**
 * The contact form's states and the events that move it between them, Lit-free. The element sends
 * events to `nextState` and renders the state it gets back; nothing else changes what it shows.
 *
 * ```
 *  idle ─edit─▶ editing ─submit, invalid─▶ invalid ─submit, valid─▶ editing
 *  editing | invalid | failed ─send─▶ sending ─wait─▶ retry-wait ─attempt─▶ sending
 *  sending | retry-wait ─sent─▶ sent ─restart─▶ idle
 *  sending | retry-wait ─fail, with field errors─▶ invalid
 *  sending | retry-wait ─fail─▶ failed ─edit─▶ failed (the panel stays until the next send)
 * ```
 * While `sending` or `retry-wait`, edits are refused: the message in flight is the one its
 * Idempotency-Key names.
 */
import type { SendFailureKind } from './contact-form.send.js';
import { emptyContactValues, type ContactField, type ContactValues } from './contact-form.rules.js';

export type ContactFormPhase = 'idle' | 'editing' | 'invalid' | 'sending' | 'retry-wait' | 'failed' | 'sent';

export interface ContactFormState {
  readonly phase: ContactFormPhase;
  readonly values: ContactValues;
  /** Fields the visitor typed in: leaving one shows its error. */
  readonly edited: ReadonlySet<ContactField>;
  /** Fields whose error shows beside them (and in the summary while `invalid`). */
  readonly touched: ReadonlySet<ContactField>;
  /** What the endpoint said of a field, until the visitor edits it. */
  readonly serverErrors: Readonly<Partial<Record<ContactField, string>>>;
  /** Why the message was not sent (`failed`). */
  readonly failure?: SendFailureKind;
}

export type ContactFormEvent =
  | { readonly type: 'restore'; readonly values: ContactValues }
  /** A field changed; a choice (select, checkbox) shows its error at once. */
  | { readonly type: 'edit'; readonly field: ContactField; readonly value: string; readonly isChoice: boolean }
  | { readonly type: 'leave'; readonly field: ContactField }
  /** The visitor asked to send: every field in use shows its error. */
  | { readonly type: 'submit'; readonly fields: readonly ContactField[]; readonly isValid: boolean }
  | { readonly type: 'send' }
  | { readonly type: 'wait' }
  | { readonly type: 'attempt' }
  | { readonly type: 'sent' }
  | { readonly type: 'fail'; readonly failure: SendFailureKind; readonly fieldErrors?: Readonly<Partial<Record<ContactField, string>>> }
  | { readonly type: 'restart' };

export function initialContactFormState(): ContactFormState {
  return { phase: 'idle', values: emptyContactValues(), edited: new Set(), touched: new Set(), serverErrors: {} };
}

/** Whether a message is on its way (sending, or waiting to try again). */
export const isInFlight = (state: ContactFormState): boolean => state.phase === 'sending' || state.phase === 'retry-wait';

const withField = <T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> => (set.has(item) ? set : new Set([...set, item]));

export function nextState(state: ContactFormState, event: ContactFormEvent): ContactFormState {
  switch (event.type) {
    case 'restore':
      return { ...state, phase: 'editing', values: event.values };
    case 'edit': {
      if (isInFlight(state) || state.phase === 'sent') return state;
      const serverErrors = { ...state.serverErrors };
      delete serverErrors[event.field];
      return {
        ...state,
        phase: state.phase === 'idle' ? 'editing' : state.phase,
        values: { ...state.values, [event.field]: event.value },
        edited: withField(state.edited, event.field),
        touched: event.isChoice ? withField(state.touched, event.field) : state.touched,
        serverErrors,
      };
    }
    case 'leave':
      return state.edited.has(event.field) ? { ...state, touched: withField(state.touched, event.field) } : state;
    case 'submit':
      if (isInFlight(state)) return state;
      return {
        ...state,
        phase: event.isValid ? 'editing' : 'invalid',
        touched: new Set(event.fields),
        serverErrors: {},
        failure: undefined,
      };
    case 'send':
      return { ...state, phase: 'sending', failure: undefined };
    case 'wait':
      return isInFlight(state) ? { ...state, phase: 'retry-wait' } : state;
    case 'attempt':
      return isInFlight(state) ? { ...state, phase: 'sending' } : state;
    case 'sent':
      return { ...initialContactFormState(), phase: 'sent' };
    case 'fail':
      if (event.fieldErrors && Object.keys(event.fieldErrors).length > 0)
        return { ...state, phase: 'invalid', serverErrors: event.fieldErrors };
      return { ...state, phase: 'failed', failure: event.failure };
    case 'restart':
      return initialContactFormState();
  }
}

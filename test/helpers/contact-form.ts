import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CoeContactForm } from '../../src/components/contact-form/contact-form.js';

/** One request as the test endpoint received it. */
export interface ReceivedRequest {
  readonly contentType: string;
  readonly accept: string;
  readonly idempotencyKey: string;
  readonly body: string;
}

/** What the test endpoint knows about one test key: every request, and the messages it stored. */
export interface EndpointRecord {
  readonly requests: ReceivedRequest[];
  readonly stored: Record<string, unknown>[];
}

/** A fresh test key: each test talks to its own endpoint instance. */
export const newKey = (): string => `k-${crypto.randomUUID()}`;

/** The real endpoint for `key`, with an optional scenario (see test/server/contact-endpoints.mjs). */
export const endpointFor = (key: string, scenario = ''): string => `/test-api/contact/${key}${scenario ? `?${scenario}` : ''}`;

export async function recordOf(key: string): Promise<EndpointRecord> {
  const response = await fetch(`/test-api/contact/${key}/record`);
  return (await response.json()) as EndpointRecord;
}

export async function formFixture(template: TemplateResult): Promise<CoeContactForm> {
  const form = await fixture<CoeContactForm>(template);
  await form.updateComplete;
  return form;
}

export const inShadow = <T extends Element = HTMLElement>(form: CoeContactForm, selector: string): T | null =>
  form.shadowRoot!.querySelector<T>(selector);

export const control = (form: CoeContactForm, id: string): HTMLInputElement => inShadow<HTMLInputElement>(form, `#${id}`)!;

export const visibleText = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The id (or class) of what has focus inside the form's shadow root. */
export const focused = (form: CoeContactForm): Element | null => form.shadowRoot!.activeElement;

/** Sets a field the way typing or choosing would (an `input` event), then leaves it. */
export async function enter(form: CoeContactForm, id: string, value: string | boolean): Promise<void> {
  const element = control(form, id);
  if (typeof value === 'boolean') element.checked = value;
  else element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  element.dispatchEvent(new FocusEvent('blur'));
  await form.updateComplete;
}

/** One mistake in every field: too long, empty, not a topic. */
export const MISTAKES = { name: 'x'.repeat(201), email: '', organisation: 'y'.repeat(201), topic: 'nonsense', message: 'z'.repeat(2001) };

/** What the contact endpoint answers to a message with `MISTAKES`, asked in `lang`: the error text of each field. */
export async function endpointErrors(lang: string): Promise<Record<string, string>> {
  const answer = await fetch(endpointFor(newKey()), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ ...MISTAKES, lang, website: '', elapsedMs: '60000' }),
  });
  return ((await answer.json()) as { errors: Record<string, string> }).errors;
}

export const VALID_MESSAGE = {
  name: 'Ada Lovelace',
  email: 'ada@example.org',
  organisation: 'Analytical Engines Ltd',
  topic: 'joining',
  message: 'We would like to join the Digital Partnership.',
} as const;

export async function fillValid(form: CoeContactForm, overrides: Partial<Record<keyof typeof VALID_MESSAGE, string>> = {}): Promise<void> {
  for (const [id, value] of Object.entries({ ...VALID_MESSAGE, ...overrides })) await enter(form, id, value);
}

export const submitButton = (form: CoeContactForm): HTMLButtonElement => inShadow<HTMLButtonElement>(form, 'button[type=submit]')!;

export async function submit(form: CoeContactForm): Promise<void> {
  submitButton(form).click();
  await form.updateComplete;
}

export async function waitForSelector(form: CoeContactForm, selector: string, message = selector): Promise<HTMLElement> {
  await waitUntil(() => inShadow(form, selector), `waited for ${message}`, { timeout: 8000 });
  return inShadow<HTMLElement>(form, selector)!;
}

/** Waits until the message is sent and the confirmation replaced the form. */
export const waitForSent = (form: CoeContactForm): Promise<HTMLElement> => waitForSelector(form, '.sent', 'the confirmation');

/** Waits until the failure panel shows. */
export const waitForFailure = (form: CoeContactForm): Promise<HTMLElement> => waitForSelector(form, '.failure', 'the failure panel');

/**
 * Sends one contact message to an HTTP endpoint, Lit-free: JSON or
 * form-urlencoded body, `Accept: application/json`, an `Idempotency-Key` that
 * stays the same for every attempt of one message, a timeout per attempt, and
 * a bounded number of retries with exponential backoff for timeouts, network
 * failures, 408, 429 and 5xx (honouring `Retry-After` within reason).
 */
import type { ContactData } from '../../core/events.js';

/** How the message is posted: `json` (the default) or `form` (`application/x-www-form-urlencoded`). */
export const CONTACT_ENCODINGS = ['json', 'form'] as const;
export type ContactEncoding = (typeof CONTACT_ENCODINGS)[number];

/** Why a message was not sent: what the visitor is told depends on it. */
export type SendFailureKind = 'network' | 'timeout' | 'server' | 'rate-limited' | 'rejected' | 'not-configured';

export interface SendFailureDetails {
  /** The HTTP status of the last answer, when there was one. */
  readonly status?: number;
  /** Field errors the server gave (`{"errors": {"email": "..."}}` with 400 or 422). */
  readonly fieldErrors?: Readonly<Record<string, string>>;
  /** How many requests were made. */
  readonly attempts?: number;
}

/** The message could not be sent; `kind` says why. */
export class ContactSendError extends Error {
  override readonly name = 'ContactSendError';
  readonly kind: SendFailureKind;
  readonly status?: number;
  readonly fieldErrors?: Readonly<Record<string, string>>;
  readonly attempts: number;

  constructor(kind: SendFailureKind, message: string, details: SendFailureDetails = {}) {
    super(message);
    this.kind = kind;
    this.status = details.status;
    this.fieldErrors = details.fieldErrors;
    this.attempts = details.attempts ?? 0;
  }
}

export interface SendOptions {
  /** Absolute endpoint URL. */
  readonly url: string;
  readonly encoding?: ContactEncoding;
  /** The same for every attempt (and every retry the visitor asks for) of one message. */
  readonly idempotencyKey: string;
  /** Milliseconds one attempt may take; default 15 000. */
  readonly timeoutMs?: number;
  /** Retries after the first attempt; default 2. */
  readonly retries?: number;
  /** Backoff base: the n-th retry waits `retryDelayMs * 2^(n-1)`; default 1 000. */
  readonly retryDelayMs?: number;
  /** A `Retry-After` longer than this ends the retries at once; default 10 000. */
  readonly maxRetryAfterMs?: number;
  /** Called when an attempt failed and the next one waits `delayMs`. */
  readonly onWait?: (delayMs: number) => void;
  /** Called when a retry starts, after the wait. */
  readonly onRetry?: () => void;
}

export interface SendResult {
  readonly status: number;
  /** The server's JSON answer, when it sent one. */
  readonly response: unknown;
  readonly attempts: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_RETRY_DELAY_MS = 1_000;
const DEFAULT_MAX_RETRY_AFTER_MS = 10_000;

/** A fresh UUID v4 (`crypto.randomUUID` where the page is a secure context, `getRandomValues` elsewhere). */
export function createIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function encodeContactBody(data: ContactData, encoding: ContactEncoding = 'json'): { body: string; contentType: string } {
  if (encoding === 'form') {
    return { body: new URLSearchParams(Object.entries(data)).toString(), contentType: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  return { body: JSON.stringify(data), contentType: 'application/json' };
}

/** `Retry-After` (seconds or an HTTP date) in milliseconds from `now`; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before retry number `retry` (1, 2, …): exponential, with a little jitter. */
export function backoffDelay(retry: number, baseMs: number): number {
  return Math.round(baseMs * 2 ** (retry - 1) * (1 + Math.random() * 0.2));
}

type Attempt =
  { ok: true; result: Omit<SendResult, 'attempts'> } | { ok: false; error: ContactSendError; retryable: boolean; retryAfterMs?: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts `data` once, retrying what may succeed later; resolves on 2xx, rejects with a `ContactSendError`. */
export async function sendContactMessage(data: ContactData, options: SendOptions): Promise<SendResult> {
  const retries = Math.max(0, options.retries ?? DEFAULT_RETRIES);
  const maxRetryAfter = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(data, options);
    if (outcome.ok) return { ...outcome.result, attempts: attempt };
    const { error } = outcome;
    const failure = new ContactSendError(error.kind, error.message, {
      status: error.status,
      fieldErrors: error.fieldErrors,
      attempts: attempt,
    });
    if (!outcome.retryable || attempt > retries) throw failure;
    if ((outcome.retryAfterMs ?? 0) > maxRetryAfter) throw failure;
    const delayMs = Math.max(backoffDelay(attempt, options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS), outcome.retryAfterMs ?? 0);
    options.onWait?.(delayMs);
    await sleep(delayMs);
    options.onRetry?.();
  }
}

async function attemptOnce(data: ContactData, options: SendOptions): Promise<Attempt> {
  const { body, contentType } = encodeContactBody(data, options.encoding);
  const timeoutMs = options.timeoutMs && options.timeoutMs > 0 ? options.timeoutMs : DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  let payload: unknown;
  try {
    response = await fetch(options.url, {
      method: 'POST',
      headers: { 'Content-Type': contentType, Accept: 'application/json', 'Idempotency-Key': options.idempotencyKey },
      body,
      credentials: 'omit',
      cache: 'no-store',
      signal,
    });
    payload = await readJson(response);
  } catch (error) {
    const timedOut = signal.aborted || (error instanceof DOMException && error.name === 'TimeoutError');
    const kind = timedOut ? 'timeout' : 'network';
    return {
      ok: false,
      retryable: true,
      error: new ContactSendError(
        kind,
        timedOut ? `no answer from ${options.url} within ${timeoutMs} ms` : `could not reach ${options.url}: ${String(error)}`,
      ),
    };
  }
  const { status } = response;
  if (response.ok) return { ok: true, result: { status, response: payload } };
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
  if (status === 429)
    return {
      ok: false,
      retryable: true,
      retryAfterMs,
      error: new ContactSendError('rate-limited', `${options.url} answered 429`, { status }),
    };
  if (status >= 500 || status === 408)
    return {
      ok: false,
      retryable: true,
      retryAfterMs,
      error: new ContactSendError('server', `${options.url} answered ${status}`, { status }),
    };
  const fieldErrors = readFieldErrors(payload);
  return {
    ok: false,
    retryable: false,
    error: new ContactSendError('rejected', `${options.url} refused the message (${status})`, { status, fieldErrors }),
  };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!/json/i.test(response.headers.get('Content-Type') ?? '') || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `{"errors": {"email": "..."}}`: the string messages, by field name; `undefined` when there are none. */
function readFieldErrors(payload: unknown): Record<string, string> | undefined {
  const errors = (payload as { errors?: unknown } | undefined)?.errors;
  if (!errors || typeof errors !== 'object' || Array.isArray(errors)) return undefined;
  const entries = Object.entries(errors).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
  );
  return entries.length ? Object.fromEntries(entries) : undefined;
}

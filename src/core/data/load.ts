import { DataLoadError, describeIssue } from './errors.js';
import { parseJson } from './json-syntax.js';
import { documentShapeIssues, validatePartnershipData, type ValidationResult } from './validate.js';
import type { PartnershipData } from './types.js';

export interface LoadOptions {
  /** Give up after this many milliseconds (default 10,000). */
  readonly timeoutMs?: number;
  /** Refuse bodies larger than this many bytes (default 2 MB). */
  readonly maxBytes?: number;
  readonly signal?: AbortSignal;
}

export const DEFAULT_LOAD_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 2_000_000;

async function readBody(response: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new DataLoadError('too-large', url, `the response is ${declared} bytes; at most ${maxBytes} allowed`);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new DataLoadError('too-large', url, `the response is over ${maxBytes} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Fetches a data document's text with the widgets' limits (size, time; redirects as `fetch` follows them).
 * Every failure (HTTP error, network, timeout, oversized body, abort) rejects with a DataLoadError whose
 * `reason` says which; nothing else is thrown. The `coe-widgets validate` command reads a URL through it.
 */
export async function fetchDataText(url: string, options: LoadOptions = {}): Promise<string> {
  const { timeoutMs = DEFAULT_LOAD_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES } = options;
  const controller = new AbortController();
  let didTimeOut = false;
  const timer = setTimeout(() => {
    didTimeOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = (): void => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    } catch {
      throw new DataLoadError(
        didTimeOut ? 'timeout' : controller.signal.aborted ? 'aborted' : 'network',
        url,
        didTimeOut ? `no answer within ${timeoutMs} ms` : 'the request failed',
      );
    }
    if (!response.ok)
      throw new DataLoadError('http', url, `the server answered ${response.status} ${response.statusText}`.trim(), response.status);
    try {
      return await readBody(response, url, maxBytes);
    } catch (error) {
      if (error instanceof DataLoadError) throw error;
      throw new DataLoadError(
        didTimeOut ? 'timeout' : 'network',
        url,
        didTimeOut ? `no complete answer within ${timeoutMs} ms` : 'the response was cut off',
      );
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Fetches a data document and parses its JSON. Every failure (HTTP error, network, timeout, non-JSON, oversized
 * body, abort) rejects with a DataLoadError whose `reason` says which; nothing else is thrown.
 */
export async function fetchDataDocument(url: string, options: LoadOptions = {}): Promise<unknown> {
  const parsed = parseJson(await fetchDataText(url, options));
  if ('value' in parsed) return parsed.value;
  const { line, column, excerpt } = parsed.error;
  throw new DataLoadError('parse', url, `the response is not valid JSON at line ${line}, column ${column}:\n${excerpt}`, undefined, {
    syntax: parsed.error,
  });
}

/**
 * Loads and validates a data document: the valid part, and every issue with its path.
 * JSON that is not a data document (not an object, or a list that is not an array)
 * rejects with a DataLoadError `invalid` naming the field, as the widgets show no part of it.
 */
export async function loadPartnershipData(url: string, options?: LoadOptions): Promise<ValidationResult<PartnershipData>> {
  const document = await fetchDataDocument(url, options);
  const shapeIssues = documentShapeIssues(document);
  if (shapeIssues.length > 0)
    throw new DataLoadError('invalid', url, `it is not a data document: ${shapeIssues.map(describeIssue).join('; ')}`, undefined, {
      issues: shapeIssues,
    });
  return validatePartnershipData(document);
}

const cache = new Map<string, Promise<ValidationResult<PartnershipData>>>();

/**
 * Like loadPartnershipData, but several widgets asking for one URL share one
 * request. A failed load is forgotten so the next request tries again.
 */
export function loadPartnershipDataOnce(url: string): Promise<ValidationResult<PartnershipData>> {
  let key: string;
  try {
    key = new URL(url, typeof document === 'undefined' ? undefined : document.baseURI).href;
  } catch {
    return Promise.reject(new DataLoadError('network', url, 'it is not a valid URL'));
  }
  let pending = cache.get(key);
  if (!pending) {
    pending = loadPartnershipData(key);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

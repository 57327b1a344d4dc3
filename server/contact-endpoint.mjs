// The contact form's endpoint for the demo (`npm start`) and the browser tests:
// a plain Node `(req, res, next)` handler, so Vite (connect), Koa (through a small
// adapter) or `http.createServer` can all use it. It validates the fields the
// way the form does, answers the way the form expects, drops spam quietly,
// de-duplicates by Idempotency-Key, and appends each accepted message as one
// JSON line to a file.
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { HONEYPOT_FIELD, STORED_FIELDS, validateContactFields } from './contact-rules.mjs';

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

class HttpProblem extends Error {
  constructor(status, code) {
    super(code);
    this.status = status;
  }
}

function answer(res, status, body, headers = {}) {
  res.writeHead(status, { ...JSON_HEADERS, ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req, maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > maxBytes) throw new HttpProblem(413, 'body-too-large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The body as an object of trimmed strings, from JSON or form-urlencoded. */
function parseFields(contentType, text) {
  let parsed;
  if (/^application\/json\b/i.test(contentType)) {
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new HttpProblem(400, 'invalid-json');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new HttpProblem(400, 'not-an-object');
  } else if (/^application\/x-www-form-urlencoded\b/i.test(contentType)) {
    parsed = Object.fromEntries(new URLSearchParams(text));
  } else {
    throw new HttpProblem(415, 'unsupported-media-type');
  }
  const fields = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[name] = String(value).trim();
  }
  return fields;
}

/** Idempotency keys already answered, read back from the file once so a restart still de-duplicates. */
async function loadAnswered(file) {
  const answered = new Map();
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  for (const line of text.split('\n')) {
    try {
      const record = JSON.parse(line);
      if (record.idempotencyKey) answered.set(record.idempotencyKey, Promise.resolve({ status: 201, body: { ok: true, id: record.id } }));
    } catch {
      // A blank or partial line: skip it.
    }
  }
  return answered;
}

/**
 * @param {object} options
 * @param {string} options.file The JSON Lines file accepted messages are appended to (created with its folder).
 * @param {string} [options.path] The URL path served (default `/api/contact`); other paths go to `next()`.
 * @param {number} [options.minElapsedMs] A message sent sooner after the form opened is treated as spam (default 3000).
 * @param {boolean} [options.requireConsent] Refuse messages without `consent: "yes"` (when the form has `require-consent`).
 * @param {number} [options.maxBodyBytes] Largest body accepted (default 64 KiB).
 * @param {{ info(...args: unknown[]): void, error(...args: unknown[]): void }} [options.log] Where to log (default console).
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: () => unknown) => Promise<unknown>}
 */
export function createContactEndpoint({
  file,
  path = '/api/contact',
  minElapsedMs = 3000,
  requireConsent = false,
  maxBodyBytes = 65_536,
  log = console,
} = {}) {
  if (!file) throw new TypeError('createContactEndpoint: options.file (the JSON Lines file messages are appended to) is required');
  let answeredLoading;

  async function store(fields, idempotencyKey) {
    const record = { id: randomUUID(), receivedAt: new Date().toISOString(), idempotencyKey };
    for (const name of STORED_FIELDS) if (fields[name] !== undefined) record[name] = fields[name];
    record.elapsedMs = Number(fields.elapsedMs) || 0;
    await mkdir(dirname(file), { recursive: true });
    await appendFile(file, `${JSON.stringify(record)}\n`, 'utf8');
    log.info(`contact endpoint: stored message ${record.id} in ${file}`);
    return { status: 201, body: { ok: true, id: record.id } };
  }

  async function handle(req, res) {
    if (req.method !== 'POST') return answer(res, 405, { error: 'method-not-allowed' }, { Allow: 'POST' });
    const fields = parseFields(req.headers['content-type'] ?? '', await readBody(req, maxBodyBytes));
    const elapsed = fields.elapsedMs ? Number(fields.elapsedMs) : Number.NaN;
    if (fields[HONEYPOT_FIELD] || (Number.isFinite(elapsed) && elapsed < minElapsedMs)) {
      // Spam gets the answer a person would, so a bot learns nothing; it is not stored.
      log.info(
        `contact endpoint: dropped a message as spam (${fields[HONEYPOT_FIELD] ? 'honeypot filled' : `sent ${elapsed} ms after opening`})`,
      );
      return answer(res, 200, { ok: true });
    }
    const errors = validateContactFields(fields, { requireConsent });
    if (Object.keys(errors).length > 0) return answer(res, 422, { errors });
    const key = req.headers['idempotency-key'];
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) throw new HttpProblem(400, 'invalid-idempotency-key');
    if (!key) {
      const { status, body } = await store(fields, undefined);
      return answer(res, status, body);
    }
    // One read of the file, shared by requests that arrive together (no check-then-await race).
    answeredLoading ??= loadAnswered(file);
    const answered = await answeredLoading;
    const earlier = answered.get(key);
    if (earlier) {
      const { status, body } = await earlier;
      return answer(res, status, body, { 'Idempotent-Replayed': 'true' });
    }
    const pending = store(fields, key);
    answered.set(key, pending);
    try {
      const { status, body } = await pending;
      return answer(res, status, body);
    } catch (error) {
      answered.delete(key);
      throw error;
    }
  }

  return async function contactEndpoint(req, res, next) {
    if (path && new URL(req.url ?? '/', 'http://localhost').pathname !== path) return next?.();
    try {
      await handle(req, res);
    } catch (error) {
      if (error instanceof HttpProblem) return answer(res, error.status, { error: error.message });
      log.error('contact endpoint:', error);
      if (!res.headersSent) answer(res, 500, { error: 'internal' });
    }
  };
}

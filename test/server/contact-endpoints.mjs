// The contact form's real endpoint (server/contact-endpoint.mjs) inside the test
// runner's Koa server, one instance per test key, plus what tests need to
// provoke and observe: server errors then success, dropped connections, slow
// answers, field errors, and a read-back of every request and stored message.
//
//   POST /test-api/contact/<key>?<scenario>  the endpoint, after the scenario
//   GET  /test-api/contact/<key>/record      { requests: [...], stored: [...] }
//
// Scenario query parameters (each applies to the first `times` requests, default 1):
//   fail=<status>[&retryAfter=<s>]  answer that status (JSON), with Retry-After
//   drop=1                          destroy the connection (a network failure)
//   delay=<ms>                      wait before handling (at most 10 s)
//   fieldErrors=<field,...>         answer 422 {"errors": {<field>: "..."}}
//   times=<n>                       how many requests the scenario applies to (`all` for every one)
//   minElapsedMs=<ms>               the endpoint's spam threshold for this key (default 0)
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createContactEndpoint } from '../../server/contact-endpoint.mjs';

const PREFIX = '/test-api/contact/';
const DIR = join(tmpdir(), `coe-contact-tests-${process.pid}`);
const QUIET = { info() {}, error: console.error };
const sessions = new Map();
process.once('exit', () => rmSync(DIR, { recursive: true, force: true }));

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a Node `(req, res, next)` handler as Koa middleware. */
export function koaFromNodeHandler(handler) {
  return async (ctx, next) => {
    let passedOn = false;
    ctx.respond = false;
    await handler(ctx.req, ctx.res, () => {
      passedOn = true;
    });
    if (passedOn) {
      ctx.respond = true;
      return next();
    }
  };
}

function sessionFor(key, query) {
  let session = sessions.get(key);
  if (!session) {
    const file = join(DIR, `${key}.jsonl`);
    const endpoint = createContactEndpoint({ file, path: `${PREFIX}${key}`, minElapsedMs: Number(query.minElapsedMs) || 0, log: QUIET });
    session = { file, requests: [], handle: koaFromNodeHandler(endpoint) };
    sessions.set(key, session);
  }
  return session;
}

function stored(file) {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  } catch {
    return [];
  }
}

async function readRaw(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function post(ctx, next, key) {
  const { query } = ctx;
  const session = sessionFor(key, query);
  const raw = await readRaw(ctx.req);
  const count = session.requests.push({
    contentType: ctx.get('Content-Type'),
    accept: ctx.get('Accept'),
    idempotencyKey: ctx.get('Idempotency-Key'),
    body: raw.toString('utf8'),
  });
  const inScenario = query.times === 'all' || count <= (Number(query.times) || 1);
  if (inScenario && query.drop) {
    // No answer at all: the browser sees a network failure. (The status only keeps the runner's 404 log quiet.)
    ctx.status = 204;
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  if (inScenario && query.fail) {
    ctx.status = Number(query.fail);
    if (query.retryAfter) ctx.set('Retry-After', query.retryAfter);
    ctx.body = { error: `provoked ${ctx.status}` };
    return;
  }
  if (inScenario && query.fieldErrors) {
    ctx.status = 422;
    ctx.body = { errors: Object.fromEntries(query.fieldErrors.split(',').map((field) => [field, `The server refused this ${field}.`])) };
    return;
  }
  if (inScenario && query.delay) await wait(Math.min(Number(query.delay), 10_000));
  // The endpoint reads the body from the request: hand it a fresh stream of the bytes already read.
  ctx.req = Object.assign(Readable.from([raw]), { method: ctx.req.method, url: ctx.req.url, headers: ctx.req.headers });
  return session.handle(ctx, next);
}

export function contactEndpoints() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const [key, record] = ctx.path.slice(PREFIX.length).split('/');
    if (!/^[\w-]{1,80}$/.test(key)) return next();
    if (record === 'record' && ctx.method === 'GET') {
      const session = sessions.get(key);
      ctx.body = { requests: session?.requests ?? [], stored: session ? stored(session.file) : [] };
      return;
    }
    if (!record && ctx.method === 'POST') return post(ctx, next, key);
    return next();
  };
}

// The contact form's endpoints for Storybook, served by `storybook dev` (.storybook/main.ts) and by the static
// server of the smoke and visual tests (scripts/storybook-smoke.mjs, scripts/storybook-visual.mjs):
//   POST /api/contact              the real endpoint (server/contact-endpoint.mjs: the form's own rules, 422 with
//                                  field errors, 201 when stored); messages go to a file in the system's temp folder
//   POST /api/contact-unavailable  a server that is down: 503, as a real one answers while it restarts
//   POST /api/contact-slow         a server that never answers (the request stays open until the page gives up)
// A storybook-static/ folder served by any other server has no endpoint: there the form says it could not send.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContactEndpoint } from '../server/contact-endpoint.mjs';

/** A Node `(req, res, next)` handler for the three paths above; other requests go to `next()`. */
export function contactEndpoints() {
  const dir = join(tmpdir(), `coe-storybook-contact-${process.pid}`);
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  // No spam delay: a story's play function sends within a second of opening the form.
  const endpoint = createContactEndpoint({
    file: join(dir, 'messages.jsonl'),
    path: '/api/contact',
    minElapsedMs: 0,
    log: { info() {}, error: console.error },
  });
  return (req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/api/contact-unavailable' && req.method === 'POST') {
      req.resume();
      res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end('{"error":"unavailable"}');
      return undefined;
    }
    if (path === '/api/contact-slow' && req.method === 'POST') {
      req.resume();
      return undefined;
    }
    return endpoint(req, res, next);
  };
}

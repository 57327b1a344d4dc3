// The partner kit's test page: a blank page of a partner's site with the kit's snippet pasted into it as
// it is, between two pieces of text (so that a move of the text around the badge shows). With `?report`, the
// page also tells the test page (its parent) what the badge shows: for pages served under another host name.
// Test server only.
//
// The built CDN folder is also served at the path of the snippets' jsDelivr address
// (`/npm/coe-partnership-widgets@<version>/dist/cdn/…`), so that a snippet pastes with only its origin changed;
// under `/tampered/npm/…` each file has one byte changed, as a compromised CDN would serve it, and under
// `/tampered-<text>/npm/…` only the files whose path holds <text> (`/tampered-chunks/…`: the loader's shared chunks);
// under `/slow-<text>/npm/…` those files answer late, as over a slow network.
import { readFileSync } from 'node:fs';

const CDN_PATH = /^\/(?:(tampered|slow)(?:-([\w.-]+))?\/)?npm\/coe-partnership-widgets@[^/]+\/dist\/cdn\/((?:\w[\w.-]*\/){0,2}\w[\w.-]*)$/;

/**
 * A built CDN file; with `tampered`, one byte changed: the first space after the middle becomes a tab, so the
 * script would still run as before and only the integrity check can stop it.
 */
function cdnFile(file, tampered) {
  const bytes = readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url));
  if (tampered) {
    const at = bytes.indexOf(0x20, Math.floor(bytes.length / 2));
    bytes[at === -1 ? bytes.length - 1 : at] = 0x09;
  }
  return bytes;
}

/** How long a `/slow-<text>/` file waits before it is sent: a slow network, for tests of what a page asks for first. */
const SLOW_ANSWER_MS = 400;

export function kitPages() {
  return async (ctx, next) => {
    const cdn = ctx.path.match(CDN_PATH);
    if (cdn) {
      const [, change, only, file] = cdn;
      const changed = Boolean(change) && (!only || file.includes(only));
      ctx.set('Access-Control-Allow-Origin', '*');
      if (changed && change === 'slow') await new Promise((resolve) => setTimeout(resolve, SLOW_ANSWER_MS));
      try {
        ctx.body = cdnFile(file, changed && change === 'tampered');
        ctx.type = file.endsWith('.json') ? 'application/json' : 'text/javascript';
      } catch {
        ctx.status = 404;
      }
      return;
    }
    if (ctx.path !== '/kit/pasted.html') return next();
    const snippet = String(ctx.query.snippet ?? '');
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A partner's page</title></head>
<body><main>
<h1>About us</h1>
<p>We are a Digital Partner of the Council of Europe:
${snippet}
and proud of it.</p>
<p>The text after the badge.</p>
</main>${ctx.query.report === undefined ? '' : '<script type="module" src="/test/fixtures/report-pasted-badge.js"></script>'}</body></html>
`;
  };
}

// Real HTTP endpoints the browser tests call through the test runner's dev server.
// Koa middleware: each route answers, everything else falls through to the static files.

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const VALID_DOCUMENT = {
  partners: [{ id: 'slow-partner', name: 'Slow Partner', kind: 'company', joined: '2021', website: 'https://example.org/' }],
};

const routes = {
  /** Answers after `?ms=` milliseconds (at most 5 s). */
  async '/test-api/slow'(ctx) {
    await wait(Math.min(Number(ctx.query.ms) || 0, 5000));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(VALID_DOCUMENT);
  },
  /** Answers with the status in `?code=`. */
  async '/test-api/status'(ctx) {
    ctx.status = Number(ctx.query.code) || 500;
    ctx.type = 'text/plain';
    ctx.body = `status ${ctx.status}`;
  },
  async '/test-api/invalid-json'(ctx) {
    ctx.type = 'application/json';
    ctx.body = '{"partners": [ this is not JSON';
  },
  /** `?bytes=` of valid JSON, streamed without a Content-Length so the loader must count. */
  async '/test-api/large'(ctx) {
    const bytes = Math.min(Number(ctx.query.bytes) || 1000, 10_000_000);
    const filler = 'x'.repeat(Math.max(0, bytes - 20));
    ctx.type = 'application/json';
    ctx.set('Transfer-Encoding', 'chunked');
    const { Readable } = await import('node:stream');
    ctx.body = Readable.from([`{"padding":"`, filler, `"}`]);
  },
};

export function testEndpoints() {
  return async (ctx, next) => {
    const route = routes[ctx.path];
    if (route) return route(ctx);
    return next();
  };
}

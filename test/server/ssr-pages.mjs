// Pages rendered on the server, at request time, for test/ssr.test.ts, by the real server renderer:
// - /ssr/*.html: src/ssr/render.ts, compiled from the TypeScript sources with esbuild on the first request
//   (lit and @lit-labs/ssr stay external, so Node loads their server builds) and run in this process; the
//   browser loads the same sources through the dev server, so the templates' digests match for hydration.
// - /ssr/built/*.html: the npm build, through the command (bin/coe-widgets-render.mjs on dist/ssr/render.js)
//   in a child process, hydrated by dist/define/hydrate.js (the build minifies template literals: a build's
//   server output hydrates with the same build only). Run `npm run build` first.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const outfile = fileURLToPath(new URL(`node_modules/.cache/coe-ssr-test/render-${process.pid}.js`, root));

let renderer;
/** The server renderer, compiled once per test run. */
function loadRenderer() {
  renderer ??= build({
    entryPoints: [fileURLToPath(new URL('src/ssr/render.ts', root))],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: fileURLToPath(new URL('tsconfig.json', root)),
    // One file stands in for src/ssr/: what it finds beside itself (the badge's language files) it finds from there.
    define: { 'import.meta.url': JSON.stringify(new URL('src/ssr/render.ts', root).href) },
    logLevel: 'warning',
  }).then(() => {
    process.once('exit', () => rmSync(outfile, { force: true }));
    return import(pathToFileURL(outfile).href);
  });
  return renderer;
}

const BADGE_FALLBACK =
  '<a href="https://www.coe.int/en/web/digital-governance/cooperation-with-companies">Telefónica – Digital Partner of the Council of Europe</a>';

/** What a CoE microsite shows: the badge, the grid, the timeline, the benefits; and a French provider. */
const WIDGETS = `
  <coe-partner-badge partner="telefonica" variant="full">${BADGE_FALLBACK}</coe-partner-badge>
  <coe-partner-grid searchable filterable></coe-partner-grid>
  <coe-highlights-timeline></coe-highlights-timeline>
  <coe-benefits-list layout="cards"></coe-benefits-list>
  <coe-partnership lang="fr"><coe-benefits-list list="cooperation"></coe-benefits-list></coe-partnership>
  <coe-contact-form action="/ssr/contact"></coe-contact-form>`;

/** A page with what a naive renderer trips on: tags in comments, scripts and attribute values, a `src`, a rendered widget. */
const TRICKY_PAGE = `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Pi\u00e8ges</title>
<script>const example = '<coe-partner-grid></coe-partner-grid>';</script>
<style>coe-partner-grid::after { content: "<coe-benefits-list>"; }</style></head>
<body>
<!-- <coe-highlights-timeline></coe-highlights-timeline> -->
<p title="a > b <coe-partner-badge>" data-note='it&apos;s "quoted"'>Text &amp; more</p>
<textarea><coe-partner-grid></coe-partner-grid></textarea>
<section lang="en"><coe-partner-badge partner="orange" variant=compact></coe-partner-badge><img src="/test/fixtures/logo.svg" alt=""></section>
<COE-PARTNER-BADGE PARTNER="apple"></COE-PARTNER-BADGE>
<coe-partner-grid src="/data/partners.json"></coe-partner-grid>
<coe-partnership src="/data.json"><coe-benefits-list></coe-benefits-list></coe-partnership>
<coe-partner-badge partner="bt" verify-url="https://example.org/?a=1&amp;b=2"></coe-partner-badge>
</body></html>`;

/** Waits for the test's go (a `hydrate` message) before loading the hydrate entry, so the test can look at the server DOM first. */
const deferredHydration = (entry) => `
<script type="module">
  addEventListener('message', (event) => {
    if (event.data === 'hydrate') import('${entry}');
  });
</script>`;

/** The page as the command renders it: `coe-widgets-render --quiet < page > output`. */
function renderWithCommand(page, pageUrl) {
  return new Promise((resolve, reject) => {
    const command = spawn(process.execPath, [fileURLToPath(new URL('bin/coe-widgets-render.mjs', root)), '--quiet', '--url', pageUrl]);
    let output = '';
    let errors = '';
    command.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    command.stderr.setEncoding('utf8').on('data', (chunk) => (errors += chunk));
    command.on('error', reject);
    command.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(errors || `exit code ${code}`))));
    command.stdin.end(page);
  });
}

const page = (title, body, script = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main>${body}</main>${script}</body></html>`;

/** Badges for the comparison of the server's shadow DOM with the client's (`origin` makes the logo URL absolute). */
const badges = (origin) => `
  <coe-partner-badge partner="telefonica" variant="full"></coe-partner-badge>
  <coe-partner-badge partner="orange" lang="fr"></coe-partner-badge>
  <div lang="fr"><coe-partner-badge partner="lego-group" variant="full"></coe-partner-badge></div>
  <coe-partner-badge partner="google" variant="compact"></coe-partner-badge>
  <coe-partner-badge partner="not-a-partner"></coe-partner-badge>
  <coe-partner-badge variant="compact" lang="fr"></coe-partner-badge>
  <coe-partner-badge partner="apple" logo="${origin}/test/fixtures/badge-logo.svg" verify-url="https://example.org/our-partnership"></coe-partner-badge>
  <coe-partner-badge partner="microsoft" verify-url="javascript:alert(1)" theme="dark"></coe-partner-badge>
  <coe-partner-badge partner="telefonica" lang="es" variant="full"></coe-partner-badge>
  <div lang="de-AT"><coe-partner-badge partner="deutsche-telekom"></coe-partner-badge></div>`;

/** A data document given to the renderer (`?data=given`): two partners of its own. */
const GIVEN_DATA = {
  partners: [
    { id: 'alpha-telecom', name: 'Alpha Telecom', kind: 'company', joined: '2019', website: 'https://www.alpha-telecom.example/' },
    { id: 'beta-association', name: 'Beta Association', kind: 'association', joined: null, website: 'https://beta.example/' },
  ],
};

const routes = {
  /** The microsite's widgets, server-rendered, without any script. */
  '/ssr/page.html': () => page('Server-rendered widgets', WIDGETS),
  /** The same, with the hydrate entry loaded when the test says so. */
  '/ssr/page-hydrated.html': () => page('Server-rendered widgets, hydrated', WIDGETS, deferredHydration('/src/define/hydrate.ts')),
  '/ssr/badges.html': (ctx) => page('Server-rendered badges', badges(ctx.origin)),
  '/ssr/tricky.html': () => TRICKY_PAGE,
  /** A fragment (no <html>): its language comes from `?lang=`, as the command's --lang. */
  '/ssr/fragment.html': () => `
    <coe-partner-grid filterable></coe-partner-grid>
    <coe-highlights-timeline heading-level="2"></coe-highlights-timeline>
    <coe-benefits-list></coe-benefits-list>`,
};

/** Pages the npm build renders (the command) and hydrates (dist/define/hydrate.js). */
const builtRoutes = {
  '/ssr/built/page-hydrated.html': () =>
    page('Server-rendered by the npm build, hydrated', WIDGETS, deferredHydration('/dist/define/hydrate.js')),
};

export function ssrPages() {
  return async (ctx, next) => {
    const built = builtRoutes[ctx.path];
    if (built) {
      ctx.type = 'text/html; charset=utf-8';
      try {
        ctx.body = await renderWithCommand(built(ctx), ctx.href);
      } catch (error) {
        ctx.status = 500;
        ctx.body = `<!doctype html><title>coe-widgets-render failed</title><pre>${String(error.message).replace(/[&<]/g, (c) => (c === '&' ? '&amp;' : '&lt;'))}</pre>`;
      }
      return;
    }
    if (ctx.path === '/ssr/widget.html') {
      // renderWidget itself: ?tag=…&attributes=<JSON>; a refusal answers 400 with its message.
      const { renderWidget } = await loadRenderer();
      ctx.type = 'text/html; charset=utf-8';
      try {
        ctx.body = await renderWidget(ctx.query.tag, {
          attributes: JSON.parse(ctx.query.attributes ?? '{}'),
          pageUrl: ctx.href,
          warn: () => {},
        });
      } catch (error) {
        ctx.status = 400;
        ctx.type = 'text/plain';
        ctx.body = String(error.message);
      }
      return;
    }
    const route = routes[ctx.path];
    if (!route) return next();
    ctx.type = 'text/html; charset=utf-8';
    if (ctx.query.source !== undefined) {
      ctx.body = route(ctx);
      return;
    }
    const { renderPage, styleHashes } = await loadRenderer();
    // The page's own address: a badge verifies on this local preview host. `?as=` renders it as if served elsewhere.
    // ?data=given: the widgets get a data document of two partners (the renderer's `data` option).
    const data = ctx.query.data === 'given' ? GIVEN_DATA : undefined;
    ctx.body = await renderPage(route(ctx), { lang: ctx.query.lang, pageUrl: ctx.query.as ?? ctx.href, data, warn: () => {} });
    // ?no-dsd: the page as a browser without declarative shadow DOM parses it (the templates stay inert).
    if (ctx.query['no-dsd'] !== undefined) ctx.body = ctx.body.replace(/ shadowroot(mode)?="open"/g, ' data-unparsed-shadowroot="open"');
    // ?csp=hashes: a strict policy allowing the server's <style> elements by their hashes; ?csp=strict: without them.
    if (ctx.query.csp) {
      const styles = ctx.query.csp === 'hashes' ? styleHashes(ctx.body).join(' ') : '';
      ctx.set('Content-Security-Policy', `default-src 'none'; img-src 'self'; style-src 'self' ${styles}`.trim());
    }
  };
}

// Pages that embed the BUILT widgets (dist/cdn, dist/define) the way host pages do: under a strict
// Content Security Policy with Trusted Types, under hostile global CSS, with several copies of the
// library, and with SRI. Served by the test runner's dev server; run `npm run build` first.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const WIDGETS = `
  <coe-partner-badge partner="telefonica" variant="full"></coe-partner-badge>
  <coe-partner-grid searchable filterable></coe-partner-grid>
  <coe-highlights-timeline></coe-highlights-timeline>
  <coe-benefits-list layout="cards"></coe-benefits-list>
  <coe-contact-form action="/embed/contact" privacy-url="https://www.coe.int/en/web/data-protection"></coe-contact-form>
  <coe-partnership lang="fr"><coe-benefits-list list="cooperation"></coe-benefits-list></coe-partnership>`;

/** Records what a test wants to know about the page: CSP violations, errors, console warnings. */
const RECORDER = `
window.recorded = { violations: [], errors: [], warnings: [] };
document.addEventListener('securitypolicyviolation', (e) => recorded.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));
window.addEventListener('error', (e) => recorded.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => recorded.errors.push(String(e.reason)));
const warn = console.warn.bind(console);
console.warn = (...args) => { recorded.warnings.push(args.join(' ')); warn(...args); };
`;

const HOSTILE_CSS = `
* { all: revert; }
* { font: 30px/3 serif; color: red; text-transform: uppercase; box-sizing: content-box; letter-spacing: 4px; word-spacing: 12px; text-shadow: 2px 2px yellow; }
[hidden] { display: block !important; }
body { direction: rtl; }
a { color: red; text-decoration: line-through; }
button, input, select, textarea { all: unset; }
ul, ol { list-style: square; padding: 40px; }
`;

const page = ({ title, head = '', body = WIDGETS }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script src="/embed/recorder.js"></script>${head}</head>
<body><main>${body}</main></body></html>`;

const cdn = '<script type="module" src="/dist/cdn/coe-widgets.js"></script>';

function readBuilt(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path} is missing: run npm run build before the browser tests`);
  }
}

const routes = {
  '/embed/recorder.js': () => ({ type: 'text/javascript', body: RECORDER }),
  '/embed/hostile.css': () => ({ type: 'text/css', body: HOSTILE_CSS }),
  '/embed/csp.html': () => ({ headers: { 'Content-Security-Policy': STRICT_CSP }, body: page({ title: 'strict CSP', head: cdn }) }),
  /**
   * The same page with the loader and its import map (the integrity of each module in dist/cdn/elements/), which
   * the policy allows by its hash, as the Embedding page tells a host to.
   */
  '/embed/csp-loader.html': () => {
    const hashes = JSON.parse(readBuilt('dist/cdn/sri.json'));
    const integrity = Object.fromEntries(
      Object.entries(hashes)
        .filter(([file]) => file.startsWith('elements/'))
        .map(([file, hash]) => [`/dist/cdn/${file}`, hash]),
    );
    const map = JSON.stringify({ integrity });
    const csp = STRICT_CSP.replace("script-src 'self'", `script-src 'self' 'sha256-${createHash('sha256').update(map).digest('base64')}'`);
    return {
      headers: { 'Content-Security-Policy': csp },
      body: page({
        title: 'strict CSP, loader',
        head: `<script type="importmap">${map}</script><script type="module" src="/dist/cdn/coe-loader.js"></script>`,
      }),
    };
  },
  '/embed/neutral.html': () => ({ body: page({ title: 'neutral host', head: cdn }) }),
  '/embed/hostile.html': () => ({ body: page({ title: 'hostile host', head: `<link rel="stylesheet" href="/embed/hostile.css">${cdn}` }) }),
  /** The CDN file twice (two module instances) and the npm build beside them. */
  '/embed/copies.html': () => ({
    body: page({
      title: 'several copies',
      head: `${cdn}<script type="module" src="/dist/cdn/coe-widgets.js?copy=2"></script><script type="module" src="/dist/define/all.js"></script>`,
    }),
  }),
  /** An older copy first, then the current CDN file. */
  '/embed/versions.html': () => ({
    body: page({ title: 'two versions', head: `<script type="module" src="/embed/cdn-other-version.js"></script>${cdn}` }),
  }),
  '/embed/cdn-other-version.js': () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    const quoted = new RegExp(`(["'\`])${version.replaceAll('.', '\\.')}\\1`, 'g');
    return { type: 'text/javascript', body: readBuilt('dist/cdn/coe-widgets.js').replace(quoted, '"0.0.9-older"') };
  },
  /** The CDN file loaded with its published hash, or with a tampered hash (`?tampered`). */
  '/embed/sri.html': (ctx) => {
    const hashes = JSON.parse(readBuilt('dist/cdn/sri.json'));
    const integrity = 'tampered' in ctx.query ? hashes['coe-widgets.js'].replace(/.{8}$/, 'AAAAAAAA') : hashes['coe-widgets.js'];
    return {
      body: page({
        title: 'SRI',
        head: `<script type="module" src="/dist/cdn/coe-widgets.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
        body: '<coe-partner-grid></coe-partner-grid>',
      }),
    };
  },
};

export function embedPages() {
  return async (ctx, next) => {
    const route = routes[ctx.path];
    if (!route) return next();
    const { type = 'text/html', headers = {}, body } = route(ctx);
    ctx.type = type;
    ctx.set('Cache-Control', 'no-store');
    for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
    ctx.body = body;
  };
}

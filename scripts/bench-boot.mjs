// npm run bench:boot: what starting the widgets costs a page, in headless Chromium, against the same markup as static
// HTML. Four pages (the grid alone, in English and in French; grid, timeline, benefits and form in a provider; one
// badge), each loaded in fresh contexts as:
//   floor      the page server-rendered by our own renderer (dist/ssr/render.js), opened with JavaScript off
//   loader     the loader snippet (dist/cdn/coe-loader.js, then what it loads: each element's modules from
//              dist/cdn/elements/, the badge's own file for a badge), with the docs' import map
//   one file   today's one-file build (dist/cdn/coe-widgets.js, or coe-partner-badge.js for the badge)
//   release    the one-file build of the last release (bench/last-release/), for the badge's ratio
// For each: the median over BOOT_SAMPLES fresh pages (default 11) of CDP Performance.getMetrics' ScriptDuration and
// TaskDuration, minus the median of an empty page of the same text with the same JavaScript setting; at 1x and 4x CPU
// throttling. The pages are sampled in interleaved rounds (each round opens every page once), so that the machine's
// drift touches all of them alike, and each page is read after a fixed wait, with nothing of ours running in it until
// then (polling for the drawn widgets was itself main-thread work that the floor did not have); a page whose widgets
// have not drawn by then fails the run. JS bytes are the gzip bytes of the scripts the page fetched. Forced
// synchronous layouts are counted in a trace of one page each (a Layout event that carries a JavaScript stack).
// BOOT_PAGES=grid,grid-fr,four,badge picks pages. Prints the table, compares with bench-budgets.json's "boot" budgets
// and exits 1 when one is missed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireEngine } from './browsers.mjs';
import { loaderModules } from './cdn-snippet.js';
import { serveStatic } from './static-server.mjs';

const SAMPLES = Number(process.env.BOOT_SAMPLES ?? 11);
/** How long a page runs before it is read: enough for every widget to draw, at each throttling. */
const WAIT_MS = { 1: 800, 4: 2500 };
/** BOOT_PAGES=grid,badge measures those pages only (a quicker look; budgets are checked on the pages measured). */
const ONLY = process.env.BOOT_PAGES?.split(',');
const budgets = JSON.parse(readFileSync('bench-budgets.json', 'utf8')).boot;
for (const file of ['dist/cdn/coe-loader.js', 'dist/ssr/render.js']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
}
const { renderPage } = await import('../dist/ssr/render.js');

const TEXT = '<h1>The Digital Partnership</h1><p>Companies and associations working with the Council of Europe.</p>';
const PAGES = {
  grid: { label: 'the grid alone', markup: '<coe-partner-grid searchable filterable></coe-partner-grid>', oneFile: 'coe-widgets.js' },
  // In French, the loader page also fetches the French texts (started with the grid's module).
  'grid-fr': {
    label: 'the grid alone, in French',
    markup: '<coe-partner-grid lang="fr" searchable filterable></coe-partner-grid>',
    oneFile: 'coe-widgets.js',
  },
  four: {
    label: 'grid, timeline, benefits, form',
    markup: `<coe-partnership>
  <coe-partner-grid searchable filterable></coe-partner-grid>
  <coe-highlights-timeline></coe-highlights-timeline>
  <coe-benefits-list></coe-benefits-list>
  <coe-contact-form action="/api/contact"></coe-contact-form>
</coe-partnership>`,
    oneFile: 'coe-widgets.js',
  },
  badge: { label: 'one badge', markup: '<coe-partner-badge partner="telefonica"></coe-partner-badge>', oneFile: 'coe-partner-badge.js' },
};

for (const name of Object.keys(PAGES))
  if (!(name in budgets.jsBytes)) throw new Error(`bench-budgets.json has no boot.jsBytes budget for the page ${name}`);

const page = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Boot</title>${head}</head><body>${TEXT}${body}</body></html>`;
const script = (src) => `<script type="module" src="${src}"></script>`;

/** The loader snippet's import map (every module the loader may import, with its hash), for this server's paths. */
const hashes = JSON.parse(readFileSync('dist/cdn/sri.json', 'utf8'));
const importMap = `<script type="importmap">${JSON.stringify({
  integrity: Object.fromEntries(loaderModules(hashes).map(([file, hash]) => [`/dist/cdn/${file}`, hash])),
})}</script>`;

/** Every page of the bench, by name: `<page>.<variant>.html`, and the empty page. */
const files = { 'empty.html': page('', ''), 'empty.no-js.html': page('', '') };
for (const [name, { markup, oneFile }] of Object.entries(PAGES)) {
  files[`${name}.floor.html`] = page('', await renderPage(markup));
  files[`${name}.loader.html`] = page(`${importMap}${script('/dist/cdn/coe-loader.js')}`, markup);
  files[`${name}.one-file.html`] = page(script(`/dist/cdn/${oneFile}`), markup);
  files[`${name}.release.html`] = page(script(`/bench/last-release/${oneFile}`), markup);
}
const server = await serveStatic('.', {
  extraFiles: Object.fromEntries(Object.entries(files).map(([file, html]) => [`/boot/${file}`, html])),
});
const browser = await chromium.launch({ executablePath: requireEngine('chromium').executablePath, args: CHROMIUM_ARGS });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Whether every coe- element of the page has drawn (read once, after the measure). */
const widgetsDrawn = (pageHandle) =>
  pageHandle.evaluate(() =>
    [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('coe-')).every((el) => el.shadowRoot?.childElementCount),
  );

/** One fresh page: its script and task seconds, and the scripts it fetched. */
async function sample(file, { javaScript = true, throttle = 1, trace = false } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1280, height: 900 } });
  const pageHandle = await context.newPage();
  const cdp = await context.newCDPSession(pageHandle);
  await cdp.send('Performance.enable');
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const events = [];
  if (trace) {
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline.stack',
      transferMode: 'ReportEvents',
    });
  }
  await pageHandle.goto(`${server.url}/boot/${file}`, { waitUntil: 'load' });
  await pageHandle.waitForTimeout(WAIT_MS[throttle]);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? 0;
  if (javaScript && !(await widgetsDrawn(pageHandle)))
    throw new Error(`${file} at ${throttle}x: the widgets had not drawn after ${WAIT_MS[throttle]} ms`);
  const scripts = javaScript
    ? await pageHandle.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.initiatorType === 'script' || entry.initiatorType === 'link' || entry.name.endsWith('.js'))
          .map((entry) => new URL(entry.name).pathname),
      )
    : [];
  let forcedLayouts = 0;
  if (trace) {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    forcedLayouts = events.filter((event) => event.name === 'Layout' && event.args?.beginData?.stackTrace?.length).length;
  }
  await context.close();
  return { script: metric('ScriptDuration') * 1000, task: metric('TaskDuration') * 1000, scripts, forcedLayouts };
}

/**
 * Every file of `names` measured SAMPLES times, in interleaved rounds: the median script and task milliseconds of
 * each, and the scripts its first sample fetched.
 */
async function measureAll(names, throttle) {
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < SAMPLES; round++)
    for (const name of names) runs[name].push(await sample(name, { throttle, javaScript: !/\.(floor|no-js)\.html$/.test(name) }));
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        script: median(runs[name].map((run) => run.script)),
        task: median(runs[name].map((run) => run.task)),
        scripts: runs[name][0].scripts,
      },
    ]),
  );
}

const gzipBytes = (paths) => paths.reduce((total, path) => total + gzipSync(readFileSync(join('.', path)), { level: 9 }).length, 0);

const rows = [];
const failures = [];
try {
  // A cold browser's first pages are slower: warm it up, so the empty page's median is not inflated.
  for (let index = 0; index < 3; index++)
    for (const file of ['empty.html', 'grid.loader.html', 'grid.floor.html']) await sample(file, { javaScript: !file.includes('floor') });
  const pages = Object.entries(PAGES).filter(([name]) => !ONLY || ONLY.includes(name));
  const variants = ['floor', 'loader', 'one-file', 'release'];
  for (const throttle of [1, 4]) {
    const measured = await measureAll(
      ['empty.html', 'empty.no-js.html', ...pages.flatMap(([name]) => variants.map((variant) => `${name}.${variant}.html`))],
      throttle,
    );
    for (const [name, { label }] of pages) {
      const result = {};
      for (const variant of variants) {
        const { script, task, scripts } = measured[`${name}.${variant}.html`];
        const empty = measured[variant === 'floor' ? 'empty.no-js.html' : 'empty.html'];
        result[variant] = {
          script: Math.max(0, script - empty.script),
          task: Math.max(0, task - empty.task),
          bytes: gzipBytes(scripts),
          files: scripts,
        };
      }
      const forced = throttle === 1 ? (await sample(`${name}.loader.html`, { trace: true })).forcedLayouts : undefined;
      rows.push({ name, label, throttle, ...result, forced });
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (a, b) => (b > 0 ? a / b : Infinity);
console.log(`Boot cost in Chromium: medians of ${SAMPLES} fresh pages minus an empty page of the same text.\n`);
console.log(
  '| page | throttling | JS fetched (gzip): loader / one file | script: loader / one file / release | tasks: floor / loader / one file / release | loader vs floor | one file vs floor | loader vs release | one file vs release | forced layouts |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  const { floor, loader } = row;
  const oneFile = row['one-file'];
  const release = row.release;
  console.log(
    `| ${row.label} | ${row.throttle}x | ${loader.bytes.toLocaleString('en')} B / ${oneFile.bytes.toLocaleString('en')} B | ${ms(loader.script)} / ${ms(oneFile.script)} / ${ms(release.script)} | ${ms(floor.task)} / ${ms(loader.task)} / ${ms(oneFile.task)} / ${ms(release.task)} | ${ratio(loader.task, floor.task).toFixed(2)}x | ${ratio(oneFile.task, floor.task).toFixed(2)}x | ${ratio(loader.task, release.task).toFixed(2)}x | ${ratio(oneFile.task, release.task).toFixed(2)}x | ${row.forced ?? ''} |`,
  );
  const bytesBudget = budgets.jsBytes[row.name];
  const bytes = row.name === 'badge' ? oneFile.bytes : loader.bytes;
  if (row.throttle === 1 && bytes > bytesBudget) failures.push(`${row.label}: ${bytes} B of JS, budget ${bytesBudget}`);
  if (row.name === 'badge') {
    // A partner's page loads the badge's own file (the Partner kit's snippet), the lightest way for a badge.
    const badgeRatio = ratio(oneFile.task, release.task);
    if (badgeRatio > budgets.badgeTasksVsRelease)
      failures.push(
        `${row.label} at ${row.throttle}x: tasks ${badgeRatio.toFixed(2)}x the last release's, budget ${budgets.badgeTasksVsRelease}x`,
      );
  } else {
    const floorRatio = ratio(loader.task, floor.task);
    if (floorRatio > budgets.tasksVsFloor)
      failures.push(`${row.label} at ${row.throttle}x: tasks ${floorRatio.toFixed(2)}x the floor, budget ${budgets.tasksVsFloor}x`);
  }
  if (row.forced) failures.push(`${row.label}: ${row.forced} forced synchronous layout(s) during boot`);
}
const gridRow = rows.find((row) => row.name === 'grid');
if (gridRow) console.log('\nFiles the loader fetched for the grid alone:', gridRow.loader.files.join(', '));
if (failures.length) {
  console.error(`\nbench:boot: ${failures.length} budget(s) missed\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('\nbench:boot: every budget met');

// Storybook smoke test: serves storybook-static/, opens every story in Chromium, Firefox and
// WebKit (en/light and fr/dark), and fails on a console error, a page error, a failed request, an
// element that never upgraded, or an axe violation. The checks run inside the page (a small
// recorder is put first into every HTML page, axe-core is served beside it and loaded last), so every engine's
// driver only has to load a page and run a script.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openPage } from './browser-page.mjs';
import { selectedEngines } from './browsers.mjs';
import { serveStatic } from './static-server.mjs';

const require = createRequire(import.meta.url);
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
// `SMOKE_STORIES=partner-badge` keeps the stories whose id contains that text, for a quick local run.
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && entry.id.includes(process.env.SMOKE_STORIES ?? ''),
);
if (stories.length === 0) {
  console.error('Storybook smoke test: no story found in storybook-static/index.json');
  process.exit(1);
}

// Records what a developer would see in the console, before any of the page's own scripts run.
const RECORDER = `(() => {
  const problems = (window.__smokeProblems = []);
  const original = console.error;
  console.error = (...args) => { problems.push('console error: ' + args.map(String).join(' ')); original.apply(console, args); };
  addEventListener('error', (event) => problems.push(event.error ? 'page error: ' + event.error.message : 'failed to load: ' + (event.target.src || event.target.href || event.message)), true);
  addEventListener('unhandledrejection', (event) => problems.push('unhandled rejection: ' + (event.reason && event.reason.message || event.reason)));
})();`;

const failedRequests = [];
const server = await serveStatic('storybook-static', {
  extraFiles: { '/__smoke/recorder.js': RECORDER, '/__smoke/axe.js': readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') },
  injectIntoHtml: '<script src="/__smoke/recorder.js"></script>',
  onResponse: (path, status) => status >= 400 && failedRequests.push(`HTTP ${status}: ${path}`),
});

/** Everything wrong with the story now on the page (runs in the page). */
async function checkStory(allowsDataError) {
  const problems = window.__smokeProblems.filter(
    (problem) =>
      !(allowsDataError && /coe-partnership-widgets: (invalid|could not load)|failed to load: .*no-such|status of 404/.test(problem)),
  );
  // A story whose elements never upgraded would pass every other check on empty tags.
  const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('coe-'));
  const undefinedElements = widgets.filter(
    (el) => !customElements.get(el.localName) || !el.shadowRoot || el.shadowRoot.childElementCount === 0,
  );
  if (undefinedElements.length)
    problems.push(`not upgraded or rendered nothing: ${[...new Set(undefinedElements.map((el) => el.localName))].join(', ')}`);
  // A fresh axe of our own: Storybook's a11y addon may be running its copy on the story.
  await new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: '/__smoke/axe.js', onload: resolve, onerror: reject });
    document.head.append(script);
  });
  const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
  for (const violation of result.violations) {
    problems.push(`axe ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  }
  return problems;
}

async function waitForStory(page) {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (await page.evaluate(() => Boolean(document.querySelector('#storybook-root')?.childElementCount))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

let failed = 0;
let total = 0;
const perEngine = [];
try {
  for (const engine of selectedEngines()) {
    const started = Date.now();
    let engineFailed = 0;
    const page = await openPage(engine);
    try {
      for (const globals of ['locale:en;theme:light', 'locale:fr;theme:dark']) {
        for (const story of stories) {
          failedRequests.length = 0;
          const allowsDataError = Boolean(story.tags?.includes('expects-data-error'));
          await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=${globals}`);
          const problems = [];
          if (!(await waitForStory(page))) problems.push('the story rendered nothing');
          // Let the widgets settle (data loads, updates) before checking.
          await new Promise((resolve) => setTimeout(resolve, 300));
          problems.push(...(await page.evaluate(checkStory, allowsDataError)));
          if (!allowsDataError) problems.push(...failedRequests);
          const label = `${engine} ${story.title} / ${story.name} [${globals}]`;
          total++;
          if (problems.length) {
            engineFailed++;
            console.log(`FAIL ${label}\n  ${problems.join('\n  ')}`);
          } else {
            console.log(`ok   ${label}`);
          }
        }
      }
    } finally {
      await page.close();
    }
    failed += engineFailed;
    perEngine.push(`${engine} ${stories.length * 2 - engineFailed}/${stories.length * 2} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
} finally {
  await server.close();
}
console.log(
  `Storybook smoke test: ${total - failed} of ${total} story renders clean (${stories.length} stories x en/light and fr/dark; ${perEngine.join(', ')}).`,
);
process.exit(failed ? 1 : 0);

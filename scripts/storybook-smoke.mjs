// Storybook smoke test: serves storybook-static/, opens every story in Chromium,
// fails on any console error, page error or axe violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireEngine } from './browsers.mjs';
import { serveStatic } from './static-server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
if (stories.length === 0) {
  console.error('Storybook smoke test: no story found in storybook-static/index.json');
  process.exit(1);
}

const server = await serveStatic('storybook-static');
const browser = await chromium.launch({ executablePath: requireEngine('chromium').executablePath, args: CHROMIUM_ARGS });
let failed = 0;
try {
  for (const globals of ['locale:en;theme:light', 'locale:fr;theme:dark']) {
    for (const story of stories) {
      const page = await browser.newPage();
      const problems = [];
      // A story tagged `expects-data-error` shows invalid data on purpose: the console
      // error naming the field paths is the behaviour under test there, not a failure.
      const allowsDataError = story.tags?.includes('expects-data-error');
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (allowsDataError && /coe-partnership-widgets: (invalid|could not load)/.test(message.text())) return;
        if (allowsDataError && /Failed to load resource: the server responded with a status of 404/.test(message.text())) return;
        problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 400 && !story.tags?.includes('expects-data-error')) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      const url = `${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=${globals}`;
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount, null, { timeout: 15000 }).catch(() => problems.push('the story rendered nothing'));
      // Let the widgets settle (data loads, updates) before checking.
      await page.waitForTimeout(300);
      // A story whose elements never upgraded would pass every other check on empty tags.
      const undefinedElements = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root *')]
          .filter((el) => el.localName.startsWith('coe-'))
          .filter((el) => !customElements.get(el.localName) || !el.shadowRoot || el.shadowRoot.childElementCount === 0)
          .map((el) => el.localName),
      );
      if (undefinedElements.length) problems.push(`not upgraded or rendered nothing: ${[...new Set(undefinedElements)].join(', ')}`);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
        return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
      });
      problems.push(...violations.map((violation) => `axe ${violation}`));
      const label = `${story.title} / ${story.name} [${globals}]`;
      if (problems.length) {
        failed++;
        console.log(`FAIL ${label}\n  ${problems.join('\n  ')}`);
      } else {
        console.log(`ok   ${label}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const total = stories.length * 2;
console.log(`Storybook smoke test: ${total - failed} of ${total} story renders clean (${stories.length} stories x en/light and fr/dark).`);
process.exit(failed ? 1 : 0);

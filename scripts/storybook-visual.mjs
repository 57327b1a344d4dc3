// Visual test of the built Storybook: every story in en/light, fr/dark and de/light, in Chromium, screenshotted (clipped to
// the story's root) after its play function, and compared with the PNG baselines in test/visual/baselines/ with
// pixelmatch. A story that moved pixels fails the run; its new screenshot and a diff image (changed pixels in red)
// are written to test/visual/diff/ and named in the output.
//   npm run test:visual               compare (after `npm run build-storybook`)
//   npm run test:visual -- --update   rewrite the baselines (review the changed PNGs before committing them)
// `VISUAL_STORIES=partner-badge` keeps the stories whose id contains that text.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import * as puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, requireEngine } from './browsers.mjs';
import { serveStorybook, storiesOf, storyUrl, waitForStory } from './storybook-pages.mjs';

const BASELINES = 'test/visual/baselines';
const DIFFS = 'test/visual/diff';
const UPDATE = process.argv.includes('--update');
const GLOBALS = { 'en-light': 'locale:en;theme:light', 'fr-dark': 'locale:fr;theme:dark', 'de-light': 'locale:de;theme:light' };
/** A pixel counts as changed past pixelmatch's colour threshold; anti-aliased pixels are not counted. */
const THRESHOLD = 0.1;
/** Changed pixels a screenshot may have before it fails: stray anti-aliasing at text edges. */
const MAX_CHANGED_PIXELS = 20;
/** Screenshots stop at this height (the 2,000-partner story would otherwise be a very long image). */
const MAX_HEIGHT = 1200;

const filter = process.env.VISUAL_STORIES ?? '';
// A story tagged `skip-visual` says in its docs why no baseline can hold it.
const stories = storiesOf(filter).filter((story) => !story.tags?.includes('skip-visual'));
if (stories.length === 0) {
  console.error('Visual test: no story found in storybook-static/index.json (run npm run build-storybook first)');
  process.exit(1);
}
rmSync(DIFFS, { recursive: true, force: true });
mkdirSync(BASELINES, { recursive: true });

/** Compares a screenshot with its baseline: undefined when they match, else why not (and the diff is written). */
function compare(name, actual) {
  const baselineFile = join(BASELINES, `${name}.png`);
  if (!existsSync(baselineFile)) return 'no baseline (run npm run test:visual -- --update)';
  const expected = PNG.sync.read(readFileSync(baselineFile));
  const current = PNG.sync.read(actual);
  let problem;
  if (expected.width !== current.width || expected.height !== current.height) {
    problem = `size ${current.width}x${current.height}, baseline ${expected.width}x${expected.height}`;
  } else {
    const diff = new PNG({ width: current.width, height: current.height });
    const changed = pixelmatch(expected.data, current.data, diff.data, current.width, current.height, { threshold: THRESHOLD });
    if (changed <= MAX_CHANGED_PIXELS) return undefined;
    problem = `${changed} pixels changed`;
    mkdirSync(DIFFS, { recursive: true });
    writeFileSync(join(DIFFS, `${name}.diff.png`), PNG.sync.write(diff));
  }
  mkdirSync(DIFFS, { recursive: true });
  writeFileSync(join(DIFFS, `${name}.actual.png`), actual);
  return `${problem}: see ${DIFFS}/${name}.actual.png${problem.includes('pixels') ? ` and ${name}.diff.png` : ''}`;
}

const started = Date.now();
const server = await serveStorybook();
const browser = await puppeteer.launch({ headless: true, executablePath: requireEngine('chromium').executablePath, args: CHROMIUM_ARGS });
const results = { passed: 0, failed: 0, written: 0 };
const seen = new Set();
try {
  const page = await browser.newPage();
  // Taller than the tallest screenshot: cards with `content-visibility: auto` paint only inside the viewport.
  await page.setViewport({ width: 1024, height: MAX_HEIGHT + 100, deviceScaleFactor: 1 });
  for (const [suffix, globals] of Object.entries(GLOBALS)) {
    for (const story of stories) {
      const name = `${story.id}--${suffix}`.replace(/[^a-z0-9-]/g, '-');
      seen.add(`${name}.png`);
      await page.goto(storyUrl(server.url, story.id, globals), { waitUntil: 'load' });
      const { played, error } = await waitForStory((fn) => page.evaluate(fn));
      // Settle: data loads, fonts, a last frame; the caret would blink in a focused field.
      await page.evaluate(async () => {
        await document.fonts.ready;
        // Cards with `content-visibility: auto` are laid out at a guessed size until Chromium gets to them, and when
        // it does varies from run to run: a screenshot paints them all, as a visitor scrolling to them sees them.
        const paintAll = new CSSStyleSheet();
        paintAll.replaceSync('* { content-visibility: visible !important; }');
        for (const el of document.querySelectorAll('#storybook-root *'))
          if (el.shadowRoot) el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, paintAll];
        document.activeElement?.blur?.();
        for (const el of document.querySelectorAll('#storybook-root *')) if (el.shadowRoot) el.shadowRoot.activeElement?.blur?.();
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      // The story's root, as wide as what it shows (plus the frame's padding), so a form is not half empty page.
      const box = await page.evaluate(() => {
        const frame = document.querySelector('#storybook-root .story-frame') ?? document.querySelector('#storybook-root');
        const rect = frame.getBoundingClientRect();
        const right = Math.max(rect.x + 1, ...[...frame.querySelectorAll('*')].map((child) => child.getBoundingClientRect().right));
        const padding = parseFloat(getComputedStyle(frame).paddingRight) || 0;
        return { x: rect.x, y: rect.y, width: Math.min(rect.width, right - rect.x + padding), height: rect.height };
      });
      const clip = {
        x: Math.floor(box.x),
        y: Math.floor(box.y),
        width: Math.ceil(box.width),
        height: Math.min(MAX_HEIGHT, Math.ceil(box.height)),
      };
      const png = Buffer.from(await page.screenshot({ clip, captureBeyondViewport: true }));
      const playNote = played === 'failed' || played === 'unfinished' ? ` (play function ${played}: ${error})` : '';
      if (UPDATE) {
        writeFileSync(join(BASELINES, `${name}.png`), png);
        results.written++;
        console.log(`wrote ${name}.png${playNote}`);
        continue;
      }
      const problem = compare(name, png) ?? (playNote || undefined);
      if (problem) {
        results.failed++;
        console.log(`FAIL ${name}: ${problem}`);
      } else {
        results.passed++;
        console.log(`ok   ${name}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
// Baselines of stories that no longer exist are removed on --update and reported otherwise.
const stale = filter ? [] : readdirSync(BASELINES).filter((file) => file.endsWith('.png') && !seen.has(file));
for (const file of stale) {
  if (UPDATE) rmSync(join(BASELINES, file));
  else console.log(`FAIL ${file}: baseline of a story that no longer exists (npm run test:visual -- --update removes it)`);
}
const seconds = Math.round((Date.now() - started) / 1000);
if (UPDATE) {
  console.log(
    `Visual test: wrote ${results.written} baselines to ${BASELINES}${stale.length ? `, removed ${stale.length} stale` : ''} (${seconds} s).`,
  );
  process.exit(0);
}
results.failed += stale.length;
console.log(`Visual test (${stories.length} stories x ${Object.keys(GLOBALS).join(', ')}, Chromium, ${seconds} s):`);
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);

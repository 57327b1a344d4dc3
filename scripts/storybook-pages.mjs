// What the Storybook smoke and visual tests share: a plain static server for storybook-static/, with no endpoint
// (as any static host serves a published Storybook: the contact form's endpoints are answered in the browser by
// Mock Service Worker, .storybook/contact-endpoint-mocks.ts), a recorder put first into every page, and a wait for a
// story to finish.
// The recorder notes what a developer would see in the console and follows the story's render through Storybook's
// channel events (storyRenderPhaseChanged: "playing", then "played" or "errored", then "finished"), so a play
// function's failure, and its end, are seen in every engine.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serveStatic } from './static-server.mjs';

const require = createRequire(import.meta.url);

const RECORDER = `(() => {
  const problems = (window.__smokeProblems = []);
  const story = (window.__smokeStory = { phases: [], playError: undefined });
  const original = console.error;
  console.error = (...args) => { problems.push('console error: ' + args.map(String).join(' ')); original.apply(console, args); };
  addEventListener('error', (event) => problems.push(event.error ? 'page error: ' + event.error.message : 'failed to load: ' + (event.target.src || event.target.href || event.message)), true);
  addEventListener('unhandledrejection', (event) => problems.push('unhandled rejection: ' + (event.reason && event.reason.message || event.reason)));
  const heard = new WeakSet();
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (next) => {
      channel = next;
      if (!next || heard.has(next)) return;
      heard.add(next);
      next.on('storyRenderPhaseChanged', ({ newPhase }) => story.phases.push(newPhase));
      next.on('playFunctionThrewException', (error) => { story.playError = (error && error.message) || String(error); });
    },
  });
})();`;

/** Serves storybook-static/; `onResponse(path, status)` hears of every response. Resolves to { url, close }. */
export function serveStorybook({ onResponse } = {}) {
  return serveStatic('storybook-static', {
    extraFiles: { '/__smoke/recorder.js': RECORDER, '/__smoke/axe.js': readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') },
    injectIntoHtml: '<script src="/__smoke/recorder.js"></script>',
    onResponse,
  });
}

/**
 * The address of one story in the preview frame, with `globals` ("locale:fr;theme:dark"). Storybook's a11y addon
 * runs its own axe after every story; the smoke test runs axe itself and fails on a violation, and the visual test
 * only takes pictures, so both switch the addon's run off (its `a11y.manual` global). Measured on the 2,000-partner
 * story in Chromium: 38.6 s with the addon's run, 1.5 s without.
 */
export function storyUrl(serverUrl, storyId, globals) {
  return `${serverUrl}/iframe.html?id=${storyId}&viewMode=story&globals=${globals};a11y.manual:!true`;
}

/** The docs pages (the written guides and each element's Docs page) of storybook-static/index.json whose id contains `filter`. */
export function docsPagesOf(filter = '') {
  const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
  return Object.values(index.entries).filter((entry) => entry.type === 'docs' && entry.id.includes(filter));
}

/** The address of a docs page in the preview frame, with `globals`; the a11y addon's own run is off, as for stories. */
export function docsUrl(serverUrl, docsId, globals) {
  return `${serverUrl}/iframe.html?id=${docsId}&viewMode=docs&globals=${globals};a11y.manual:!true`;
}

/**
 * Waits (up to 20 s) for a docs page to render: its content is there, every coe- element on it has rendered, and
 * its height has not changed for half a second. Resolves to whether it did.
 */
export async function waitForDocs(evaluate) {
  let lastHeight = -1;
  let stableSince = Date.now();
  for (let attempt = 0; attempt < 200; attempt++) {
    const height = await evaluate(() => {
      const content = document.querySelector('#storybook-docs .sbdocs-content');
      if (!content) return -1;
      const pending = [...content.querySelectorAll('*')].some((el) => el.localName.startsWith('coe-') && !el.shadowRoot?.childElementCount);
      return pending ? -1 : document.documentElement.scrollHeight;
    });
    if (height !== lastHeight) stableSince = Date.now();
    else if (height > 0 && Date.now() - stableSince >= 500) return true;
    lastHeight = height;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** The stories of storybook-static/index.json whose id contains `filter`. */
export function storiesOf(filter = '') {
  const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
  return Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(filter));
}

/**
 * Waits (up to 20 s) for the story to render and finish its play function; resolves to
 * { rendered, played: 'none' | 'passed' | 'failed' | 'unfinished', error }. `evaluate(fn)` runs fn in the page.
 */
export async function waitForStory(evaluate) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const state = await evaluate(() => ({
      rendered: Boolean(document.querySelector('#storybook-root')?.childElementCount),
      phases: window.__smokeStory.phases,
      error: window.__smokeStory.playError,
    }));
    // A play function's end ("played" or "errored") and a "finished" after it: a re-render while it plays (a
    // control synced from the element) finishes on its own first.
    const playEnd = state.phases.includes('playing')
      ? Math.max(state.phases.lastIndexOf('played'), state.phases.lastIndexOf('errored'))
      : 0;
    if (playEnd >= 0 && state.phases.indexOf('finished', playEnd) >= 0) {
      const played = state.phases.includes('playing') ? (state.phases.includes('played') ? 'passed' : 'failed') : 'none';
      return { rendered: state.rendered, played: state.error ? 'failed' : played, error: state.error };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const rendered = await evaluate(() => Boolean(document.querySelector('#storybook-root')?.childElementCount));
  return { rendered, played: 'unfinished', error: 'the story did not finish within 20 s' };
}

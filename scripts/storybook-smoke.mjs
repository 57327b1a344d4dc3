// Storybook smoke and interaction test: serves storybook-static/ (with the contact endpoints), opens every story
// in Chromium, Firefox and WebKit (en/light, fr/dark and de/light), lets its play function run, and fails on a play function
// whose expectation failed, a console error, a page error, a failed request, an element that never upgraded, a style
// block restating a CSS property's default, or an axe violation. The checks run inside the page (a recorder is put first into every HTML page, see
// storybook-pages.mjs; axe-core is served beside it and loaded last), so every engine's driver only has to load a
// page and run a script. Its last line is the plain "N passed, N failed" of the play functions.
import { readFileSync } from 'node:fs';
import { openPage } from './browser-page.mjs';
import { selectedEngines } from './browsers.mjs';
import { docsPagesOf, docsUrl, serveStorybook, storiesOf, storyUrl, waitForDocs, waitForStory } from './storybook-pages.mjs';

// `SMOKE_STORIES=partner-badge` keeps the stories whose id contains that text, for a quick local run.
const stories = storiesOf(process.env.SMOKE_STORIES);
const docsPages = docsPagesOf(process.env.SMOKE_STORIES);
if (stories.length + docsPages.length === 0) {
  console.error('Storybook smoke test: no story or docs page found in storybook-static/index.json');
  process.exit(1);
}

const failedRequests = [];
const server = await serveStorybook({ onResponse: (path, status) => status >= 400 && failedRequests.push(`HTTP ${status}: ${path}`) });

/** Problems a story's tags allow: a data error (invalid data, a failed `src`) or a server error it provokes. */
function allowed(story) {
  const patterns = [];
  if (story.tags?.includes('expects-data-error'))
    // The widgets' own data report, in the story's language (French puts a no-break space before the colon).
    patterns.push(/coe-partnership-widgets\u00a0?: |failed to load: .*no-such|status of 404|HTTP 404: .*no-such/);
  if (story.tags?.includes('expects-server-error')) patterns.push(/status of 503|HTTP 503: \/api\/contact-unavailable/);
  return (problem) => patterns.some((pattern) => pattern.test(problem));
}

/**
 * Each element's CSS custom properties' defaults, `{ tag: { name: default } }`, as custom-elements.json gives them (the
 * badge's differ from the widgets': `--coe-radius` is 8px there, 0.5rem here). A story's `<style>` block that restates
 * one (a control's value read as a change) is a problem: "Show code" would hand web editors a rule that does nothing.
 */
const cssPropertyDefaults = Object.fromEntries(
  JSON.parse(readFileSync('custom-elements.json', 'utf8')).modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => [
        declaration.tagName,
        Object.fromEntries((declaration.cssProperties ?? []).map((property) => [property.name, property.default])),
      ]),
  ),
);

/** Everything wrong with the story now on the page (runs in the page); axe too unless `withAxe` is false. */
async function checkStory(withAxe, cssPropertyDefaults) {
  const problems = [...window.__smokeProblems];
  // The helpers write one rule per element: `coe-partner-grid { --coe-line-height: 1.5; }`.
  for (const style of document.querySelectorAll('#storybook-root style')) {
    for (const [, tag, declarations] of style.textContent.matchAll(/([\w-]+)\s*\{([^}]*)\}/g)) {
      for (const [, name, value] of declarations.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
        if (cssPropertyDefaults[tag]?.[name] === value.trim())
          problems.push(`the story's style block restates a default: ${tag} { ${name}: ${value.trim()} }`);
      }
    }
  }
  // A story whose elements never upgraded would pass every other check on empty tags.
  const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('coe-'));
  const undefinedElements = widgets.filter(
    (el) => !customElements.get(el.localName) || !el.shadowRoot || el.shadowRoot.childElementCount === 0,
  );
  if (undefinedElements.length)
    problems.push(`not upgraded or rendered nothing: ${[...new Set(undefinedElements.map((el) => el.localName))].join(', ')}`);
  if (!withAxe) return problems;
  // A fresh axe of our own (the addon's run is switched off: see storyUrl).
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

/**
 * What a reader sees wrong on the docs page now open (runs in the page): Markdown left as text (a table's `| --- |`,
 * backticks), a value broken inside a token (".5re m", "#0 39": a line break between two characters of one word in
 * a code element), a widget that never rendered, and the console's errors. Shadow roots are read too (the token
 * table, the Data check). `locale` is the Language toolbar's: each widget on the page must speak it.
 */
function checkDocsPage(locale) {
  const problems = [...window.__smokeProblems];
  const root = document.querySelector('#storybook-docs');
  const textNodes = [];
  const codes = [];
  const widgets = [];
  const walk = (node, inCode) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!inCode && child.textContent.trim()) textNodes.push(child);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const name = child.localName;
      if (['script', 'style', 'textarea', 'template'].includes(name)) continue;
      if (name.startsWith('coe-')) widgets.push(child);
      if (name === 'code' && !child.closest('pre')) codes.push(child);
      const code = inCode || ['code', 'pre', 'kbd', 'samp'].includes(name);
      if (child.shadowRoot) walk(child.shadowRoot, code);
      walk(child, code);
    }
  };
  walk(root, false);
  const excerpt = (text) => JSON.stringify(text.trim().replace(/\s+/g, ' ').slice(0, 80));
  for (const node of textNodes) {
    const text = node.textContent;
    if (/\|\s*:?-{3,}:?\s*\||^\s*\|.*\|\s*$/m.test(text)) problems.push(`raw Markdown table: ${excerpt(text)}`);
    if (text.includes('`')) problems.push(`literal backticks: ${excerpt(text)}`);
  }
  // A break after a hyphen is a line break any reader knows (`--coe-` then `space`); inside ".5re m" or "#0 39", not.
  const TOKEN_CHARACTER = /[\w#.%]/;
  for (const code of codes) {
    if (!code.getClientRects().length) continue;
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      let previousTop;
      for (let index = 0; index < text.length; index++) {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const insideToken = TOKEN_CHARACTER.test(text[index - 1]) && /[\w#.%-]/.test(text[index]);
        if (previousTop !== undefined && rect.top > previousTop + 2 && insideToken)
          problems.push(
            `a value broken inside a token: ${excerpt(code.textContent)} at "${text.slice(Math.max(0, index - 4), index)}|${text.slice(index, index + 4)}"`,
          );
        previousTop = rect.top;
      }
    }
  }
  for (const widget of widgets) {
    if (!customElements.get(widget.localName) || !widget.shadowRoot?.childElementCount)
      problems.push(`<${widget.localName}> did not render`);
    const lang = widget.closest('[lang]')?.getAttribute('lang');
    // A widget with a `lang` of its own was given one on purpose (the Partner kit's badge, in the language picked).
    if (!widget.hasAttribute('lang') && lang !== locale)
      problems.push(`<${widget.localName}> on the page is in "${lang}", the toolbar says "${locale}"`);
  }
  return [...new Set(problems)];
}

/** Problems a docs page allows: those its stories allow (an element's Docs page shows every story of the element). */
function allowedOnDocs(docs) {
  const checks = storiesOf()
    .filter((story) => story.title === docs.title)
    .map(allowed);
  return (problem) => checks.some((check) => check(problem));
}

let failed = 0;
let total = 0;
const plays = { passed: 0, failed: 0 };
/**
 * Each story in each engine in each widget language, the themes alternating (as in the visual test).
 * A story tagged `smoke-once` runs in the first combination only, and one tagged `smoke-without-axe` is checked for
 * everything but axe, which the log line says: the 2,000-partner grid, whose cards and controls are those of the
 * other grid stories, where axe checks them. Measured: axe over its 2,000 cards takes 26 s in Chromium, 101 s in
 * Firefox and 8 s in WebKit, and leaving all but 40 cards out of axe's context does not make it faster.
 */
const isOnceOnly = (story) => story.tags?.includes('smoke-once');
const onceOnly = stories.filter(isOnceOnly).map((story) => `${story.title} / ${story.name}`);
const COMBINATIONS = ['locale:en;theme:light', 'locale:fr;theme:dark', 'locale:de;theme:light'];
const perEngine = [];
try {
  for (const engine of selectedEngines()) {
    const started = Date.now();
    let engineFailed = 0;
    let engineTotal = 0;
    const page = await openPage(engine);
    /** Counts one render (a story or a docs page) and prints its line, with its problems when it has any. */
    const report = (label, remaining) => {
      total++;
      engineTotal++;
      if (remaining.length) engineFailed++;
      console.log(remaining.length ? `FAIL ${label}\n  ${remaining.join('\n  ')}` : `ok   ${label}`);
    };
    try {
      for (const globals of COMBINATIONS) {
        for (const story of stories) {
          if (isOnceOnly(story) && globals !== COMBINATIONS[0]) continue;
          failedRequests.length = 0;
          const storyStarted = Date.now();
          await page.goto(storyUrl(server.url, story.id, globals));
          const problems = [];
          const { rendered, played, error } = await waitForStory(page.evaluate);
          if (!rendered) problems.push('the story rendered nothing');
          if (played === 'passed') plays.passed++;
          if (played === 'failed' || played === 'unfinished') {
            plays.failed++;
            problems.push(`play function ${played}: ${error ?? 'see the console'}`);
          }
          // Let the widgets settle (a data load's last update) before checking: the story itself has finished.
          await new Promise((resolve) => setTimeout(resolve, 150));
          const withAxe = !story.tags?.includes('smoke-without-axe');
          problems.push(...(await page.evaluate(checkStory, withAxe, cssPropertyDefaults)), ...failedRequests);
          // testing-library appends the whole page's DOM to a failed query: the first lines say what failed.
          const remaining = problems
            .filter((problem) => !allowed(story)(problem))
            .map((problem) => problem.split('\n\nIgnored nodes')[0].slice(0, 600));
          const seconds = (Date.now() - storyStarted) / 1000;
          const label = `${engine} ${story.title} / ${story.name} [${globals}]${played === 'none' ? '' : ` (play ${played})`}${withAxe ? '' : ' (axe left out: smoke-without-axe)'}${seconds > 3 ? ` (${seconds.toFixed(1)} s)` : ''}`;
          report(label, remaining);
        }
      }
      // Every docs page once per engine, in the first combination and, to check the toolbar reaches them, in French.
      for (const globals of [COMBINATIONS[0], COMBINATIONS[1]]) {
        const locale = /locale:(\w+)/.exec(globals)[1];
        for (const docs of docsPages) {
          const pageStarted = Date.now();
          failedRequests.length = 0;
          await page.goto(docsUrl(server.url, docs.id, globals));
          const rendered = await waitForDocs(page.evaluate);
          const problems = rendered ? await page.evaluate(checkDocsPage, locale) : ['the docs page rendered nothing within 20 s'];
          // A request is this page's if the page made it: WebKit still finishes the previous page's fetches after it left.
          const requested = await page.evaluate(() =>
            performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
          );
          const ownFailures = failedRequests.splice(0).filter((failure) => requested.some((path) => failure.endsWith(`: ${path}`)));
          const remaining = [...problems, ...ownFailures]
            .filter((problem) => !allowedOnDocs(docs)(problem))
            .map((problem) => problem.slice(0, 400));
          const seconds = (Date.now() - pageStarted) / 1000;
          report(`${engine} docs: ${docs.title} [${globals}]${seconds > 3 ? ` (${seconds.toFixed(1)} s)` : ''}`, remaining);
        }
      }
    } finally {
      await page.close();
    }
    failed += engineFailed;
    perEngine.push(`${engine} ${engineTotal - engineFailed}/${engineTotal} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
} finally {
  await server.close();
}
console.log(
  `Storybook smoke test: ${total - failed} of ${total} renders clean (${stories.length} stories x en/light, fr/dark and de/light${onceOnly.length ? `, but ${onceOnly.join(', ')} in en/light only (smoke-once)` : ''}; ${docsPages.length} docs pages x en/light and fr/dark; ${perEngine.join(', ')}).`,
);
console.log('Storybook play functions (each story with one, in each engine, in en/light, fr/dark and de/light):');
console.log(`${plays.passed} passed, ${plays.failed} failed`);
process.exit(failed ? 1 : 0);

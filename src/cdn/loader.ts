import { closestLang, matchLocale } from '../core/i18n/locale.js';
import { pendingElements } from '../core/pending-elements.js';

/**
 * The CDN loader (`dist/cdn/coe-loader.js`): a page loads only the elements it shows. It finds the `coe-` tags in
 * the page, and those added later (a CMS, a framework), and imports each element's module from `elements/` beside
 * this file, with the chunks it shares with the others, as Shoelace's and Web Awesome's autoloaders do. For a badge
 * it imports the badge's own file beside it (`coe-partner-badge.js`, the one partner sites load), which shares
 * nothing with the widgets.
 *
 * Every byte that runs is pinned: the snippet pins this file with its `integrity` attribute, and its import map
 * (`<script type="importmap">`, printed with it) gives the sha384 of every module in `elements/` and of the badge's
 * file. The browser checks each module it imports, this loader's and their own imports alike: a module whose bytes
 * differ never runs, the element is not defined, and its tag keeps the fallback content the page wrote inside it. (A `modulepreload` link
 * with `integrity` would not do: WebKit runs such a module even when its bytes differ.) No `eval` and no Trusted Types
 * sink; a strict CSP allows the import map by its hash.
 *
 * A widget that speaks French or German imports its texts when it first draws; the loader starts that import with
 * the widget's module, so that the texts do not wait for the module to arrive and run (one round trip less).
 *
 * Written by the CDN build (scripts/build-cdn.mjs), relative to this file: `COE_ELEMENTS`, each tag this build has:
 * 1 or 0 when its module is `<COE_ELEMENTS_FOLDER>/<tag>.js` (1: its widget imports the built-in languages' texts),
 * else its file; `COE_LANGUAGE_TEXTS`, the module of each language's texts.
 */
declare const COE_ELEMENTS: Readonly<Record<string, 0 | 1 | string>>;
declare const COE_ELEMENTS_FOLDER: string;
declare const COE_LANGUAGE_TEXTS: Readonly<Record<string, string>>;
// Each written once in the file (a build constant is copied wherever it is named).
const ELEMENTS = COE_ELEMENTS;
const LANGUAGE_TEXTS = COE_LANGUAGE_TEXTS;

/** Imports a module beside this file (the import map pins it). */
const importBeside = (file: string): Promise<unknown> => import(/* @vite-ignore */ new URL(file, import.meta.url).href);

const loading = new Map<string, Promise<void>>();

/**
 * Loads the element `tag` (a `coe-` tag this build has) unless it is defined already; resolves once it is, or once
 * it could not be (the console says why). Exported for a host that creates elements inside its own shadow roots,
 * where the loader does not look.
 */
export function load(tag: string): Promise<void> {
  if (!Object.hasOwn(ELEMENTS, tag) || customElements.get(tag)) return Promise.resolve();
  let done = loading.get(tag);
  if (!done) {
    const file = ELEMENTS[tag]!;
    const pending = pendingElements();
    done = importBeside(typeof file === 'string' ? file : `${COE_ELEMENTS_FOLDER}/${tag}.js`).then(
      () => void pending.delete(tag),
      (error: Error) => {
        pending.delete(tag);
        console.error(`coe-partnership-widgets: <${tag}> is not shown: ${error.message}`);
      },
    );
    loading.set(tag, done);
    pending.set(tag, done);
  }
  return done;
}

const textsLoading = new Set<string>();

/**
 * Starts importing the texts of the language `element` speaks when they are not in its module (French, German): its
 * closest `lang`, else the document's, as the widget decides (src/core/i18n/locale.ts).
 */
function loadTextsFor(element: Element): void {
  const langTag = closestLang(element) || document.documentElement.lang;
  const language = matchLocale(langTag, Object.keys(LANGUAGE_TEXTS));
  if (!language || textsLoading.has(language)) return;
  textsLoading.add(language);
  // A failure is the widget's to report: it imports the same module, and speaks English when it cannot have it.
  importBeside(LANGUAGE_TEXTS[language]!).catch(() => undefined);
}

const selector = Object.keys(ELEMENTS).join();

/** Loads every element found in `root` (itself included), with its language's texts. */
function loadIn(root: Element | Document): void {
  const elements = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.matches(selector)) elements.unshift(root);
  for (const element of elements) {
    void load(element.localName);
    // Only for a widget this loader imports (not one another copy of the library defined) that speaks.
    if (loading.has(element.localName) && ELEMENTS[element.localName] === 1) loadTextsFor(element);
  }
}

loadIn(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadIn(node);
}).observe(document, { childList: true, subtree: true });

/**
 * The CDN loader (`dist/cdn/coe-loader.js`): a page loads only the elements it shows. It finds the `coe-` tags in
 * the page, and those added later (a CMS, a framework), and imports each element's module from `elements/` beside
 * this file, with the chunks it shares with the others, as Shoelace's and Web Awesome's autoloaders do.
 *
 * Every byte that runs is pinned: the snippet pins this file with its `integrity` attribute, and its import map
 * (`<script type="importmap">`, printed with it) gives the sha384 of every module in `elements/`. The browser checks
 * each module it imports, this loader's and their own imports alike: a module whose bytes differ never runs, the
 * element is not defined, and its tag keeps the fallback content the page wrote inside it. (A `modulepreload` link
 * with `integrity` would not do: WebKit runs such a module even when its bytes differ.) No `eval` and no Trusted Types
 * sink; a strict CSP allows the import map by its hash.
 *
 * `COE_ELEMENTS` is written by the CDN build (scripts/build-cdn.mjs): each tag's module, relative to this file.
 */
declare const COE_ELEMENTS: Readonly<Record<string, string>>;

const loading = new Map<string, Promise<void>>();

/**
 * Loads the element `tag` (a `coe-` tag this build has) unless it is defined already; resolves once it is, or once
 * it could not be (the console says why). Exported for a host that creates elements inside its own shadow roots,
 * where the loader does not look.
 */
export function load(tag: string): Promise<void> {
  const file = COE_ELEMENTS[tag];
  if (!file || customElements.get(tag)) return Promise.resolve();
  let done = loading.get(tag);
  if (!done) {
    done = import(/* @vite-ignore */ new URL(file, import.meta.url).href).then(
      () => undefined,
      (error: Error) => console.error(`coe-partnership-widgets: <${tag}> is not shown: ${error.message}`),
    );
    loading.set(tag, done);
  }
  return done;
}

const selector = Object.keys(COE_ELEMENTS).join();

/** Loads every element found in `root` (itself included). */
function loadIn(root: Element | Document): void {
  if (root instanceof Element && root.matches(selector)) void load(root.localName);
  for (const element of root.querySelectorAll(selector)) void load(element.localName);
}

loadIn(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadIn(node);
}).observe(document, { childList: true, subtree: true });

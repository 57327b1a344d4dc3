// The public entry points, in one place for the npm build, the CDN build and the size report.

/** npm: the side-effect-free class exports, the define-all entry and one define entry per element. */
export const libraryEntries = {
  index: 'src/index.ts',
  data: 'src/data.ts',
  'define/all': 'src/define/all.ts',
  'define/partnership': 'src/define/partnership.ts',
  'define/contact-form': 'src/define/contact-form.ts',
  'define/highlights-timeline': 'src/define/highlights-timeline.ts',
  'define/benefits-list': 'src/define/benefits-list.ts',
  'define/partner-grid': 'src/define/partner-grid.ts',
  'define/partner-badge': 'src/define/partner-badge.ts',
  'define/hydrate': 'src/define/hydrate.ts',
};

/** npm, Node only: the server renderer (not a browser entry: the size report and the CDN leave it out). */
export const serverEntries = {
  'ssr/render': 'src/ssr/render.ts',
};

/** CDN: self-contained files (lit inlined, minified), one build each. */
export const cdnEntries = {
  'coe-widgets': 'src/define/all.ts',
  'coe-partner-badge': 'src/define/partner-badge.ts',
};

/**
 * CDN, loaded by need: one module per Lit element (its tag), built together so that they share chunks, in
 * dist/cdn/elements/; the loader (dist/cdn/coe-loader.js) loads those a page shows, and for a badge the badge's own
 * file (LOADER_OWN_FILES in cdn-snippet.js).
 */
export const elementEntries = {
  'coe-partnership': 'src/define/partnership.ts',
  'coe-partner-grid': 'src/define/partner-grid.ts',
  'coe-highlights-timeline': 'src/define/highlights-timeline.ts',
  'coe-benefits-list': 'src/define/benefits-list.ts',
  'coe-contact-form': 'src/define/contact-form.ts',
};
export const ELEMENTS_FOLDER = 'elements';
export const LOADER_FILE = 'coe-loader.js';
/**
 * In elements/: each tag's files as the loader fetches them (its module, then the chunks it imports; the badge's own
 * file for a badge), by path under dist/cdn/, with their hashes: for the size report and the boot benchmark.
 */
export const ELEMENTS_GRAPH = 'graph.json';

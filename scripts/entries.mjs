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
 * dist/cdn/elements/; the loader (dist/cdn/coe-loader.js) loads those a page shows. For a badge it loads the badge's
 * own file (cdnEntries), which shares no chunk: the badge has no Lit, and a partner's page shows it alone.
 */
export const elementEntries = {
  'coe-partnership': 'src/define/partnership.ts',
  'coe-partner-grid': 'src/define/partner-grid.ts',
  'coe-highlights-timeline': 'src/define/highlights-timeline.ts',
  'coe-benefits-list': 'src/define/benefits-list.ts',
  'coe-contact-form': 'src/define/contact-form.ts',
};
/** Elements the loader loads from a one-file build beside it: tag -> the file. */
export const ownFileElements = { 'coe-partner-badge': 'coe-partner-badge.js' };
export const ELEMENTS_FOLDER = 'elements';
export const LOADER_FILE = 'coe-loader.js';
/** In elements/: each tag's files (its module, then the chunks it imports) with their hashes, as the loader holds them. */
export const ELEMENTS_GRAPH = 'graph.json';

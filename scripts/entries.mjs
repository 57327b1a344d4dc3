// The public entry points, in one place for the npm build, the CDN build and the size report.

/** npm: the side-effect-free class exports, the define-all entry and one define entry per element. */
export const libraryEntries = {
  index: 'src/index.ts',
  'define/all': 'src/define/all.ts',
  'define/partnership': 'src/define/partnership.ts',
};

/** CDN: self-contained files (lit inlined, minified), one build each. */
export const cdnEntries = {
  'coe-widgets': 'src/define/all.ts',
};

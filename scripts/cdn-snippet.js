// The snippets a web editor or a partner pastes to load a CDN file: the one generator that the README
// (scripts/readme-snippets.mjs), the Embedding page (stories/docs/docs-cdn-snippets.ts) and the Partner kit
// (demo/kit/badge-snippet.ts) share. Plain JavaScript with no Node or DOM API, so Node and the browser both run it.
// Every value it prints is real: the npm package's versioned address on jsDelivr and the hash that
// scripts/build-cdn.mjs wrote to dist/cdn/sri.json for the built file. It prints no snippet without a hash.

/** The npm package whose files jsDelivr mirrors. */
export const PACKAGE_NAME = 'coe-partnership-widgets';

/**
 * The CDN folder of a release: jsDelivr's mirror of the npm package (it serves every file of the package with
 * `Access-Control-Allow-Origin: *`, which `crossorigin="anonymous"` and the integrity check need).
 * @param {string} version the package version, e.g. `0.1.0`
 * @returns {string}
 */
export const cdnBase = (version) => `https://cdn.jsdelivr.net/npm/${PACKAGE_NAME}@${version}/dist/cdn/`;

/**
 * The CDN files, by what they hold: the loader (which loads, from elements/ beside it, only the elements a page
 * shows, each module checked against the hash it holds), every widget in one file, and the badge alone.
 */
export const CDN_FILES = { loader: 'coe-loader.js', widgets: 'coe-widgets.js', badge: 'coe-partner-badge.js' };

/**
 * The address of `file` in the folder `base`.
 * @param {string} file a file of dist/cdn/, e.g. `coe-widgets.js`
 * @param {string} base the folder it loads from (`cdnBase(version)`, or a folder of your own)
 * @returns {string}
 */
export const cdnFileUrl = (file, base) => new URL(file, base).href;

/**
 * `integrity` when it is a sha384 SRI hash; throws otherwise, so no snippet prints a value that is not one.
 * @param {string} file what it is the hash of, for the message
 * @param {string} integrity
 * @returns {string}
 */
function checkedHash(file, integrity) {
  if (!/^sha384-[A-Za-z0-9+/]{64}$/.test(integrity)) throw new TypeError(`not a sha384 SRI hash for ${file}: "${integrity}"`);
  return integrity;
}

/**
 * The attributes of the `<script>` that loads `src` with its SRI hash, in the order they print.
 * @param {string} src the file's address
 * @param {string} integrity its `sha384-…` hash, from dist/cdn/sri.json
 * @returns {[name: string, value: string][]}
 */
export function cdnScriptAttributes(src, integrity) {
  return [
    ['type', 'module'],
    ['src', src],
    ['integrity', checkedHash(src, integrity)],
    ['crossorigin', 'anonymous'],
  ];
}

/**
 * The `<script>` element that loads `file` from `base`, as HTML text. Its values need no escaping: the URL
 * of a file of ours (as the URL parser writes it, with no `"`) and a base64 hash checked above.
 * @param {string} file
 * @param {string} integrity
 * @param {string} base
 * @returns {string}
 */
export function cdnScriptTag(file, integrity, base) {
  const attributes = cdnScriptAttributes(cdnFileUrl(file, base), integrity).map(([name, value]) => `${name}="${value}"`);
  return `<script ${attributes.join(' ')}></script>`;
}

/** The folder of the loader's modules, beside it. */
export const ELEMENTS_FOLDER = 'elements/';

/**
 * The elements the loader loads from a one-file build beside it, by tag: the badge's own file (it has no Lit, shares
 * nothing with the widgets, and is the file partner sites load).
 */
export const LOADER_OWN_FILES = Object.freeze({ 'coe-partner-badge': CDN_FILES.badge });

/**
 * Every module the loader may import, with its hash: each file of `elements/` in `hashes` and the files of
 * `LOADER_OWN_FILES`.
 * @param {Readonly<Record<string, string>>} hashes every CDN file's hash, by its path under dist/cdn/
 * @returns {[string, string][]} [path under dist/cdn/, hash]
 */
export const loaderModules = (hashes) =>
  Object.entries(hashes).filter(([file]) => file.startsWith(ELEMENTS_FOLDER) || Object.values(LOADER_OWN_FILES).includes(file));

/**
 * The import map that pins every module the loader may import (`loaderModules`): `{ "integrity": { address: hash } }`,
 * as one line of JSON (its CSP hash is of these exact characters).
 * @param {Readonly<Record<string, string>>} hashes every CDN file's hash, by its path under dist/cdn/
 * @param {string} base
 * @returns {string}
 */
export function loaderImportMap(hashes, base) {
  const integrity = Object.fromEntries(loaderModules(hashes).map(([file, hash]) => [cdnFileUrl(file, base), checkedHash(file, hash)]));
  return `<script type="importmap">${JSON.stringify({ integrity })}</script>`;
}

/**
 * The widgets' snippet, whole: the import map and the loader once per page, then the widgets that need nothing but
 * the Council of Europe's data (the contact form needs the page's own endpoint, so it is not in the snippet). The
 * loader fetches only the widgets the page shows; the import map pins each of their modules.
 * @param {Readonly<Record<string, string>>} hashes every CDN file's hash (dist/cdn/sri.json)
 * @param {string} base
 * @returns {string}
 */
export function widgetsSnippet(hashes, base) {
  return `<!-- The Digital Partnership widgets, once per page (best in the <head>): the hash of every module, then the loader, which loads the widgets the page shows -->
${loaderImportMap(hashes, base)}
${cdnScriptTag(CDN_FILES.loader, hashes[CDN_FILES.loader], base)}

<!-- The widgets, where they go: with no attribute, each shows the Council of Europe's data -->
<coe-partner-grid searchable filterable></coe-partner-grid>
<coe-highlights-timeline></coe-highlights-timeline>
<coe-benefits-list></coe-benefits-list>
`;
}

/**
 * Every widget in one file, for those who want one file rather than the loader (more to download for a page that
 * shows one or two widgets).
 * @param {string} integrity the hash of `coe-widgets.js`
 * @param {string} base
 * @returns {string}
 */
export function oneFileSnippet(integrity, base) {
  return `<!-- Or every widget in one file, instead of the loader -->
${cdnScriptTag(CDN_FILES.widgets, integrity, base)}
`;
}

/**
 * The badge alone, for a partner's site: the much smaller file. (The Partner kit writes the whole
 * badge snippet, with the partner's choices, from the same script tag.)
 * @param {string} integrity the hash of `coe-partner-badge.js`
 * @param {string} base
 * @returns {string}
 */
export function badgeScriptSnippet(integrity, base) {
  return `<!-- The Digital Partner badge alone: the script, once per page -->
${cdnScriptTag(CDN_FILES.badge, integrity, base)}
`;
}

/** What to do to serve the files yourself, in one line. */
export const SELF_HOSTING =
  'To serve the files yourself, copy the package’s dist/cdn/ folder (with elements/ and badge-languages/) to your server, change each src to its address there, and keep each integrity value as it is: the browser then runs the file only if it is this exact one.';

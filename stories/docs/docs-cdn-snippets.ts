/**
 * The Embedding page's CDN snippets: the generator the README and the Partner kit share (scripts/cdn-snippet.js),
 * with this build's hashes (dist/cdn/sri.json, read when Storybook is built). A Storybook built without the CDN
 * files prints no snippet, only what to run: never a hash that is not the file's.
 */
import { builtHashes } from '../../demo/kit/built-integrity.js';
import { badgeScriptSnippet, CDN_FILES, cdnBase, oneFileSnippet, SELF_HOSTING, widgetsSnippet } from '../../scripts/cdn-snippet.js';
import { VERSION } from '../../src/core/version.js';

const NOT_BUILT = '<!-- This Storybook was built without the CDN files: run npm run build, then build Storybook again. -->';

const hashOf = (file: string): string | undefined => builtHashes?.[file];
const base = cdnBase(VERSION);

/** The loader: a page loads only the widgets it shows. */
export const widgetsCdnSnippet = builtHashes && hashOf(CDN_FILES.loader) ? widgetsSnippet(builtHashes, base) : NOT_BUILT;

/** Every widget, from the one file. */
export const oneFileCdnSnippet = hashOf(CDN_FILES.widgets) ? oneFileSnippet(hashOf(CDN_FILES.widgets)!, base) : NOT_BUILT;

/** The badge alone, from its own file. */
export const badgeCdnSnippet = hashOf(CDN_FILES.badge) ? badgeScriptSnippet(hashOf(CDN_FILES.badge)!, base) : NOT_BUILT;

export { SELF_HOSTING };

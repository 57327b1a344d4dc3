/// <reference types="vite/client" />
/**
 * This build's SRI hashes of the CDN files, as scripts/build-cdn.mjs writes them to dist/cdn/sri.json,
 * read by Vite when it serves or builds the demo or Storybook (a glob, so that a checkout without a build
 * still starts: the hashes are then `undefined`, and the kit and the Embedding page say to run `npm run build`
 * rather than print a snippet). The browser tests, which Vite does not serve, fetch dist/cdn/sri.json themselves.
 */
import { CDN_FILES } from '../../scripts/cdn-snippet.js';

const builtFiles = import.meta.glob<Record<string, string>>('../../dist/cdn/sri.json', { eager: true, import: 'default' });

/** This build's hash of each CDN file, by file name; `undefined` when the CDN files were not built. */
export const builtHashes: Readonly<Record<string, string>> | undefined = Object.values(builtFiles)[0];

export const builtBadgeIntegrity: string | undefined = builtHashes?.[CDN_FILES.badge];

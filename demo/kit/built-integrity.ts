/// <reference types="vite/client" />
/**
 * This build's SRI hash of the badge's CDN file, as scripts/build-cdn.mjs writes it to dist/cdn/sri.json,
 * read by Vite when it serves or builds the demo or Storybook (a glob, so that a checkout without a build
 * still starts: the hash is then `undefined` and the kit says to run `npm run build`). The browser tests,
 * which Vite does not serve, fetch dist/cdn/sri.json themselves.
 */
import { BADGE_SCRIPT_FILE } from './badge-snippet.js';

const builtFiles = import.meta.glob<Record<string, string>>('../../dist/cdn/sri.json', { eager: true, import: 'default' });

export const builtBadgeIntegrity: string | undefined = Object.values(builtFiles)[0]?.[BADGE_SCRIPT_FILE];

// Imports TypeScript sources into a Node script, for the scripts that describe the package before (or without)
// building it: the manifest's analyzer plugins (custom-elements-manifest.config.mjs) and the design tokens' file.
// esbuild (already a dev dependency, and what vite uses for TypeScript) bundles the given source into one module
// under node_modules/.cache/, where the packages it imports resolve, with a DOM shim first so Lit's elements load in
// Node as they do for the server renderer.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const cacheDir = join(root, 'node_modules', '.cache', 'coe-source');

/**
 * The module whose code is `contents` (imports relative to the repository's root), bundled and imported.
 * @param {string} name a file name for the bundle (one per caller)
 * @param {string} contents the entry's source
 */
export async function importSource(name, contents) {
  mkdirSync(cacheDir, { recursive: true });
  const outfile = join(cacheDir, `${name}.mjs`);
  await build({
    stdin: { contents: `import '@lit-labs/ssr/lib/install-global-dom-shim.js';\n${contents}`, resolveDir: root, loader: 'ts' },
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    outfile,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

/** The shared design tokens (src/core/styles/design-tokens.ts): `designTokens()`, `dtcgTokens()`. */
export const designTokensModule = () => importSource('design-tokens', `export * from './src/core/styles/design-tokens.ts';`);

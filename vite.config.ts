// The npm build: ES modules mirroring src/ (tree-shakeable), lit, @lit/context and @lit-labs/* external.
// Types come from `tsc -p tsconfig.build.json`; the CDN files from scripts/build-cdn.mjs.
import { defineConfig } from 'vite';
import { libraryEntries, serverEntries } from './scripts/entries.mjs';
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
import { writeBadgeLanguages } from './scripts/badge-languages.mjs';

export default defineConfig({
  plugins: [
    minifyLiteralsPlugin(),
    // The badge fetches its other languages from badge-languages/ beside its module (and the server renderer reads them there).
    { name: 'badge-languages', closeBundle: () => writeBadgeLanguages('dist/components/partner-badge') },
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: { ...libraryEntries, ...serverEntries }, formats: ['es'] },
    rolldownOptions: {
      // @lit-labs/ssr (server) and ssr-client (hydration) are dependencies, as lit is; node: built-ins serve the ssr entry.
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^node:/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

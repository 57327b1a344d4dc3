// The npm build: ES modules mirroring src/ (tree-shakeable), lit and @lit/context external.
// Types come from `tsc -p tsconfig.build.json`; the CDN files from scripts/build-cdn.mjs.
import { defineConfig } from 'vite';
import { libraryEntries } from './scripts/entries.mjs';
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';

export default defineConfig({
  plugins: [minifyLiteralsPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: libraryEntries, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

// The React 19 example host: `npm run build:examples` builds it into examples/react/dist (relative asset URLs).
// It imports the library as a host would (`coe-partnership-widgets/all.js`); the alias points that at the
// repository's source, so the example always runs the code it sits beside.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromHere('.'),
  base: './',
  cacheDir: fromHere('../../node_modules/.vite-examples/react'), // not the demo's dependency cache
  plugins: [react()],
  resolve: { alias: { 'coe-partnership-widgets/all.js': fromHere('../../src/define/all.ts') } },
  build: { outDir: fromHere('dist'), emptyOutDir: true, target: 'es2022' },
});

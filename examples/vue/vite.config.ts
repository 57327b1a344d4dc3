// The Vue 3 example host: `npm run build:examples` builds it into examples/vue/dist (relative asset URLs).
// It imports the library as a host would (`coe-partnership-widgets/all.js`); the alias points that at the
// repository's source, so the example always runs the code it sits beside.
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromHere('.'),
  base: './',
  cacheDir: fromHere('../../node_modules/.vite-examples/vue'), // not the demo's dependency cache
  // The coe- tags are custom elements, not Vue components: Vue creates them and sets their props and listeners.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('coe-') } } })],
  resolve: { alias: { 'coe-partnership-widgets/all.js': fromHere('../../src/define/all.ts') } },
  build: { outDir: fromHere('dist'), emptyOutDir: true, target: 'es2022' },
});

// `npm start`: the demo microsite (demo/index.html) on the embedded default data,
// with a real contact endpoint at /api/contact (server/contact-endpoint.mjs) that
// appends each accepted message to demo/messages.jsonl (git-ignored). `vite build --config vite.demo.config.ts`
// builds every page of the demo (PAGES) into dist/demo.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { createContactEndpoint } from './server/contact-endpoint.mjs';
import { badgeLanguagesPlugin } from './scripts/badge-languages.mjs';

const MESSAGES_FILE = fileURLToPath(new URL('./demo/messages.jsonl', import.meta.url));

/** The demo's pages: the microsite, the mock partner site and the partner kit ("Get your badge"). */
const PAGES = Object.fromEntries(
  ['index', 'partner-site', 'badge'].map((name) => [name, fileURLToPath(new URL(`./demo/${name}.html`, import.meta.url))]),
);

/** Serves the contact form's endpoint from the dev server. */
function contactEndpoint(): Plugin {
  return {
    name: 'coe-contact-endpoint',
    configureServer(server) {
      server.middlewares.use(createContactEndpoint({ file: MESSAGES_FILE, path: '/api/contact' }));
    },
  };
}

export default defineConfig({
  root: 'demo',
  plugins: [contactEndpoint(), badgeLanguagesPlugin()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: ['..'] }, watch: { ignored: ['**/messages.jsonl'] } },
  preview: { host: '127.0.0.1' },
  build: { outDir: '../dist/demo', emptyOutDir: true, rolldownOptions: { input: PAGES } },
});

// `npm start`: the demo microsite (demo/index.html) on the embedded default data.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1' },
  build: { outDir: '../dist/demo', emptyOutDir: true },
});

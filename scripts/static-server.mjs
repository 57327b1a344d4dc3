// A small static file server on loopback for the smoke test and benchmarks.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * Serves `root` on 127.0.0.1 at a free port; resolves to { url, close }. `extraFiles` serves more
 * paths from memory (`{ '/x.js': text }`), `injectIntoHtml` is put at the start of every HTML page's
 * `<head>`, `onResponse(path, status)` hears of every response, and `handler(request, response, next)` (a Node
 * handler such as the contact endpoint) is asked first.
 */
export function serveStatic(root, { headers = {}, extraFiles = {}, injectIntoHtml = '', onResponse = () => {}, handler } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    response.on('finish', () => onResponse(path, response.statusCode));
    if (handler) handler(request, response, () => serveFile(path, response));
    else serveFile(path, response);
  });
  function serveFile(path, response) {
    if (Object.hasOwn(extraFiles, path)) {
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/plain', ...headers }).end(extraFiles[path]);
      return;
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    if (injectIntoHtml && extname(file) === '.html')
      response.end(readFileSync(file, 'utf8').replace(/<head[^>]*>/i, (head) => head + injectIntoHtml));
    else createReadStream(file).pipe(response);
  }
  return new Promise((resolveServer) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolveServer({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.close(done);
            server.closeAllConnections();
          }),
      });
    });
  });
}

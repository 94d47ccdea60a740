// Serves the demo, the build and the bench pages as they are (no transforms), under the strict
// Content-Security-Policy a city site uses, so the demo proves the kit works there. Safe to leave
// running: only localhost, only the allow-listed files (serve-files.mjs), and a render endpoint
// only the demo page itself can call (serve-render.mjs).
// Usage: node scripts/serve.mjs [port] [--check]   (PORT also works; default 8000)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { STRICT_CSP } from './browser.mjs';
import { isFolderWithoutSlash, servedFile, servedPath } from './serve-files.mjs';
import { handleRender } from './serve-render.mjs';

const root = new URL('..', import.meta.url).pathname;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.vcf': 'text/vcard',
};

const notFound = (response, status = 404) =>
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }).end(status === 400 ? 'Bad request' : 'Not found');

/**
 * The origins this server's own pages have. Requests naming another host are refused, so a page
 * on another site cannot reach the server through a DNS name pointed at 127.0.0.1 (DNS rebinding).
 */
const ownOrigins = (port) => [`http://127.0.0.1:${port}`, `http://localhost:${port}`];

async function handle(request, response) {
  const origins = ownOrigins(request.socket.localPort);
  if (!origins.includes(`http://${request.headers.host?.toLowerCase()}`)) {
    response.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end('This demo server answers only at localhost.');
    return;
  }
  let url;
  try {
    url = new URL(request.url ?? '/', 'http://localhost');
  } catch {
    notFound(response, 400);
    return;
  }
  if (url.pathname === '/api/render') {
    await handleRender(request, response, origins);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed');
    return;
  }
  if (url.pathname === '/') {
    response.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  const { relative, status } = servedPath(url.pathname);
  if (relative === undefined) {
    if (status === 404 && isFolderWithoutSlash(url.pathname.slice(1))) response.writeHead(301, { location: `${url.pathname}/` }).end();
    else notFound(response, status);
    return;
  }
  const path = await servedFile(root, relative);
  if (!path) {
    notFound(response);
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'content-security-policy': STRICT_CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : await readFile(path));
}

/** Starts the server on `port` (0 picks a free one); resolves to the server and its base URL. */
export function startServer(port = 0) {
  const server = createServer((request, response) =>
    // One failed request (a file gone mid-read) answers 500; it never stops the server.
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end();
    }),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `--check`: only make sure the port is free (npm start asks before it spends time building).
  const check = process.argv.includes('--check');
  const port = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? process.env.PORT ?? 8000);
  try {
    const { server, url } = await startServer(port);
    if (check) server.close();
    else console.log(`kyr-widgets demo: ${url.replace('127.0.0.1', 'localhost')}/demo/  (Ctrl+C to stop)`);
  } catch (error) {
    // One clear line, not a stack trace: the usual cause is a second `npm start`.
    const reason = error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be used (${error.code ?? error.message})`;
    console.error(`kyr-widgets demo: port ${port} ${reason}; pick another with PORT=8001 npm start`);
    process.exit(1);
  }
}

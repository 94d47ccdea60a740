// Serves the repository's files as they are (no transforms) for the demo, under the
// strict Content-Security-Policy a city site uses, so the demo proves the kit works there.
// Usage: node scripts/serve.mjs [port] [--check]   (PORT also works; default 8000)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { STRICT_CSP } from './browser.mjs';

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

/** Largest page the demo's render endpoint takes (the embed generator sends one element). */
const MAX_RENDER_BYTES = 64 * 1024;

/**
 * POST /api/render?locale=es with HTML as the body: the HTML with its kyr elements server-rendered
 * (dist/npm/ssr.js), as a partner's own server or `npx kyr-widgets render` would. The embed
 * generator uses it for the snippet's fallback content.
 */
async function renderEndpoint(request, response, url) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_RENDER_BYTES) {
      response.writeHead(413, { 'content-type': 'text/plain' }).end('Too large');
      return;
    }
    chunks.push(chunk);
  }
  const { renderToString } = await import('../dist/npm/ssr.js');
  const html = await renderToString(Buffer.concat(chunks).toString('utf8'), { locale: url.searchParams.get('locale') ?? 'en' });
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
}

async function handle(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/api/render' && request.method === 'POST') {
    await renderEndpoint(request, response, url).catch((error) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(`Could not render: ${error.message}`);
    });
    return;
  }
  if (url.pathname === '/') {
    response.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root) || path.includes('node_modules')) {
    response.writeHead(404).end('Not found');
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const body = await readFile(path);
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': STRICT_CSP,
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
}

/** Starts the server on `port` (0 picks a free one); resolves to the server and its base URL. */
export function startServer(port = 0) {
  const server = createServer(handle);
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

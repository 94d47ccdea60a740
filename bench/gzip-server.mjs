// The kit's own server (scripts/serve.mjs: the same files, the same strict CSP), with every text
// response gzip -9 compressed on the way, as a host or CDN serves it. The slow profile's 1.6 Mbps
// then carries the bytes the report counts, not the uncompressed files. A page with server-rendered
// widgets gets their style hashes in its policy's style-src, as the README tells partners to do.
import { createServer, request as forward } from 'node:http';
import { gzipSync } from 'node:zlib';

const compressible = /^(text\/|application\/(json|javascript))/;

/**
 * Starts a gzip proxy in front of `target` (a base URL); resolves to the server and its base URL.
 * `styleHashes` maps a page's URL path to the hashes (`'sha256-…' …`) its style-src allows.
 */
export function startGzipProxy(target, { styleHashes = {} } = {}) {
  const { hostname, port } = new URL(target);
  const server = createServer((incoming, outgoing) => {
    const upstream = forward({ hostname, port, path: incoming.url, method: incoming.method, headers: { ...incoming.headers, host: `${hostname}:${port}`, 'accept-encoding': 'identity' } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const headers = { ...response.headers };
        const hashes = styleHashes[new URL(incoming.url, target).pathname];
        if (hashes && headers['content-security-policy']) headers['content-security-policy'] = headers['content-security-policy'].replace("style-src 'self'", `style-src 'self' ${hashes}`);
        let body = Buffer.concat(chunks);
        if (compressible.test(headers['content-type'] ?? '') && /\bgzip\b/.test(incoming.headers['accept-encoding'] ?? '')) {
          body = gzipSync(body, { level: 9 });
          headers['content-encoding'] = 'gzip';
          headers.vary = 'accept-encoding';
        }
        // A redirect or a HEAD keeps the length it was sent with.
        if (incoming.method !== 'HEAD') headers['content-length'] = String(body.length);
        outgoing.writeHead(response.statusCode ?? 502, headers).end(incoming.method === 'HEAD' ? undefined : body);
      });
    });
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

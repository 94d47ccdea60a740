// The demo server (`npm start`) is safe to leave running while the partner browses other sites:
// no other origin can make it render, no page can read the checkout around the demo, and the
// pages the demo, the bench and the screenshots load are still served.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';

let server;
let base;
before(async () => {
  ({ server, url: base } = await startServer(0));
});
after(() => server?.close());

/** A GET with the path sent byte for byte (fetch would resolve `%2e%2e` and `..` first). */
function rawGet(path, headers = {}) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    req.on('error', reject);
    req.end();
  });
}

const hotlineCard = JSON.stringify({ html: '<kyr-hotline-card hotline="311"></kyr-hotline-card>', locale: 'es' });
const render = (headers, body = hotlineCard) => fetch(`${base}/api/render`, { method: 'POST', headers, body });

describe('POST /api/render', () => {
  it('renders the card as declarative shadow DOM in Spanish for the demo page (same origin, JSON), under a sandboxing CSP', async () => {
    const response = await render({ origin: base, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' });
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /^<kyr-hotline-card[^>]*hotline="311"[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(html, /lang="es"/);
    assert.match(html, /Llamar/);
    const csp = response.headers.get('content-security-policy');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /\bsandbox\b/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it('also answers the demo page opened at localhost (the address npm start prints)', async () => {
    const origin = base.replace('127.0.0.1', 'localhost');
    const response = await render({ origin, 'content-type': 'application/json; charset=utf-8' });
    assert.equal(response.status, 200);
  });

  it('answers a local program that sends no Origin (curl, Node): browsers always send one with a POST', async () => {
    const response = await render({ 'content-type': 'application/json' });
    assert.equal(response.status, 200);
    assert.match(await response.text(), /shadowrootmode="open"/);
  });

  it('refuses another origin with 403, whatever it sends', async () => {
    for (const headers of [
      { origin: 'https://evil.example', 'content-type': 'application/json' },
      { origin: 'null', 'content-type': 'application/json' },
      { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
      { origin: base, 'sec-fetch-site': 'same-site', 'content-type': 'application/json' },
    ]) {
      const response = await render(headers);
      assert.equal(response.status, 403, JSON.stringify(headers));
      assert.doesNotMatch(await response.text(), /template/);
    }
  });

  it('refuses what an HTML form can send (urlencoded, text/plain, multipart) with 415, even from its own origin', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', undefined]) {
      const headers = { origin: base, ...(type ? { 'content-type': type } : {}) };
      const response = await render(headers, type?.startsWith('application/x') ? `html=${encodeURIComponent('<kyr-hotline-card></kyr-hotline-card>')}` : hotlineCard);
      assert.equal(response.status, 415, String(type));
    }
  });

  it('refuses a body that is not {"html": string} with 400, one over 64 KB with 413, and a GET with 405', async () => {
    const json = { origin: base, 'content-type': 'application/json' };
    assert.equal((await render(json, '<kyr-hotline-card>')).status, 400);
    assert.equal((await render(json, JSON.stringify({ html: 42 }))).status, 400);
    assert.equal((await render(json, JSON.stringify({ html: 'x'.repeat(70_000) }))).status, 413);
    assert.equal((await fetch(`${base}/api/render`)).status, 405);
  });

  it('answers 421 to a request for another host name (a DNS name pointed at 127.0.0.1)', async () => {
    assert.equal(await rawGet('/demo/', { host: `evil.example:${new URL(base).port}` }), 421);
  });
});

describe('static files', () => {
  it('serves the demo page, its script, the examples it reads, a dist file and the bench page', async () => {
    for (const path of ['/demo/', '/demo/demo.js', '/dist/kyr-widgets.js', '/src/elements/hotline-card/hotline-card.examples.json', '/bench/pages/kit.html']) {
      const response = await fetch(`${base}${path}`);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
    }
  });

  it('answers 404 for the checkout around them: git, dotfiles, lock files, package.json, sources, node_modules', async () => {
    for (const path of [
      '/.git/config',
      '/.git/HEAD',
      '/.gitignore',
      '/.ci/run',
      '/package-lock.json',
      '/package.json',
      '/src/entries/index.ts',
      '/src/elements/hotline-card/hotline-card.ts',
      '/node_modules/lit/package.json',
      '/dist/node_modules/lit/package.json',
      '/demo/.hidden',
      '/bench/.out/baseline/package.json',
      '/README.md',
    ]) {
      assert.equal(await rawGet(path), 404, path);
    }
  });

  it('answers 404 to encoded traversal and 400 to a bad escape, and keeps serving', async () => {
    for (const path of ['/%2e%2e/%2e%2e/etc/passwd', '/dist/%2e%2e/package.json', '/dist/..%2fpackage.json', '/dist/..%5c..%5cpackage.json', '/dist\\..\\package.json', '/demo/%2e%2egit/config', '/demo/%00', '/%2egit/config']) {
      assert.equal(await rawGet(path), 404, path);
    }
    for (const path of ['/dist/%', '/dist/%zz', '/demo/%E0%A4%A']) {
      assert.equal(await rawGet(path), 400, path);
    }
    assert.equal(await rawGet('/demo/'), 200);
  });
});

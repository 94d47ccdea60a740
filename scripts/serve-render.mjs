// The demo server's render endpoint: POST /api/render with `{"html": "...", "locale": "es"}` as
// JSON answers the HTML with its kyr elements server-rendered (dist/npm/ssr.js), as a partner's
// own server or `npx kyr-widgets render` would. The embed generator uses it for the snippet's
// fallback content; with `"fallback": "plain"` it answers the same words as plain HTML
// (scripts/plain-fallback.mjs). Only the demo page itself may call it (see `refusal`).
import { languageListHtml, plainFallback } from './plain-fallback.mjs';

/** Largest request the endpoint takes (the embed generator sends one element). */
const MAX_RENDER_BYTES = 64 * 1024;

/**
 * Every answer of the endpoint: never cached, never sniffed, and, opened as a page, inert (no
 * script, no subresource, sandboxed to an opaque origin).
 */
const RENDER_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'cross-origin-resource-policy': 'same-origin',
};

const answer = (response, status, body, type = 'text/plain; charset=utf-8', extra = {}) =>
  response.writeHead(status, { ...RENDER_HEADERS, 'content-type': type, ...extra }).end(body);

/**
 * Why a request may not render, as `[status, message]`, or undefined when it may.
 *
 * - Another origin (`Origin`, or `Sec-Fetch-Site` other than same-origin) gets 403: any page the
 *   partner visits could otherwise post to localhost.
 * - Only `application/json` bodies (415 otherwise): an HTML form can send only urlencoded,
 *   multipart or text/plain, and a cross-origin script can send JSON only after a CORS
 *   preflight, which this server never grants.
 * - A request without `Origin` is allowed: browsers send `Origin` with every POST, so its
 *   absence means a program on this machine (curl, Node), which can read the files anyway.
 */
function refusal(request, sameOrigins) {
  if (request.method !== 'POST') return [405, 'Use POST with a JSON body.'];
  const origin = request.headers.origin;
  if (origin !== undefined && !sameOrigins.includes(origin)) return [403, 'Only the demo page on this server may render.'];
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return [403, 'Only the demo page on this server may render.'];
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') return [415, 'Send {"html": "...", "locale": "es"} as application/json.'];
  return undefined;
}

/** The request body, or undefined once it passes MAX_RENDER_BYTES. */
async function readBody(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_RENDER_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `{ html, locale }` from the JSON body, or undefined when it is not that shape. */
function parseRenderRequest(body) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  const { html, locale = 'en', fallback = 'rendered' } = json ?? {};
  const valid = typeof html === 'string' && typeof locale === 'string' && (fallback === 'rendered' || fallback === 'plain');
  return valid ? { html, locale, fallback } : undefined;
}

/**
 * Answers one request to /api/render. `sameOrigins` are the origins of this server's own pages
 * (`http://127.0.0.1:8000`, `http://localhost:8000`).
 */
export async function handleRender(request, response, sameOrigins) {
  const refused = refusal(request, sameOrigins);
  if (refused) {
    const [status, message] = refused;
    answer(response, status, message, undefined, status === 405 ? { allow: 'POST' } : {});
    request.resume();
    return;
  }
  const body = await readBody(request);
  if (body === undefined) return answer(response, 413, 'Too large.');
  const parsed = parseRenderRequest(body);
  if (!parsed) return answer(response, 400, 'Send {"html": "...", "locale": "es", "fallback": "rendered" or "plain"}: html a string, locale a language code.');
  try {
    const { renderToString } = await import('../dist/npm/ssr.js');
    const rendered = await renderToString(parsed.html, { locale: parsed.locale });
    // `"fallback": "plain"`: the same words as plain HTML, for a page that cannot paste the rendered widget.
    const body = parsed.fallback === 'plain' ? plainFallback(rendered, { select: languageListHtml(await import('../dist/npm/i18n/locales.js')) }) : rendered;
    answer(response, 200, body, 'text/html; charset=utf-8');
  } catch (error) {
    if (!response.headersSent) answer(response, 500, `Could not render (is dist/ built?): ${error.message}`);
  }
}

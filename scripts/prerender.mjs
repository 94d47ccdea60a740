// dist/prerendered/<locale>/<element>.html: each element's default variant rendered on the server
// in every locale (declarative shadow DOM, from dist/npm/ssr.js), for pasting as a widget's
// fallback content: it shows at first paint, with JavaScript off too, and the script hydrates it
// without a layout shift. The demo's embed generator offers them. Beside each, <element>.fallback.html:
// the same words as plain HTML in a .kyr-fallback box (scripts/plain-fallback.mjs).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { languageListHtml, plainFallback } from './plain-fallback.mjs';

const root = new URL('..', import.meta.url).pathname;
const { renderToString, styleHashes } = await import(join(root, 'dist/npm/ssr.js'));
const locales = await import(join(root, 'dist/npm/i18n/locales.js'));
const { allLocales } = locales;
const languageList = languageListHtml(locales);

/** Each element as a page first embeds it (see README). */
export const defaultVariants = {
  'kyr-hotline-card': '<kyr-hotline-card></kyr-hotline-card>',
  'kyr-rights-summary': '<kyr-rights-summary></kyr-rights-summary>',
  'kyr-detainer-explainer': '<kyr-detainer-explainer></kyr-detainer-explainer>',
  'kyr-language-picker': '<kyr-language-picker></kyr-language-picker>',
};

let count = 0;
const hashes = new Set();
for (const locale of allLocales) {
  const dir = join(root, 'dist/prerendered', locale);
  await mkdir(dir, { recursive: true });
  for (const [tag, markup] of Object.entries(defaultVariants)) {
    const html = await renderToString(markup, { locale });
    for (const hash of await styleHashes(html)) hashes.add(hash);
    await writeFile(join(dir, `${tag.replace(/^kyr-/, '')}.html`), `${html}\n`);
    // The same words as plain HTML, for pages that cannot paste the rendered widget (README, embed generator).
    await writeFile(join(dir, `${tag.replace(/^kyr-/, '')}.fallback.html`), `${plainFallback(html, { select: languageList })}\n`);
    count += 1;
  }
}
// A strict Content-Security-Policy blocks the inline <style> in each snippet unless style-src lists its hash.
const styleSrc = [...hashes].join(' ');
await writeFile(join(root, 'dist/prerendered/csp.json'), `${JSON.stringify({ 'style-src': styleSrc }, null, 2)}\n`);
console.log(`prerender: ${count} snippets in dist/prerendered/<locale>/<element>.html (and .fallback.html); style-src hashes in dist/prerendered/csp.json`);

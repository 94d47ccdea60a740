// The plain fallbacks the build writes (dist/prerendered/<locale>/<element>.fallback.html, from
// scripts/plain-fallback.mjs): what a page shows before the script runs, or when it never does
// (blocked, refused hash, JavaScript off). Whoever reads it must find the same numbers to call,
// in the page's language, and nothing that needs the script.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { plainFallback } from '../../scripts/plain-fallback.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');
const { allLocales, endonyms } = await import('../../dist/npm/i18n/locales.js');
const elements = ['hotline-card', 'rights-summary', 'detainer-explainer', 'language-picker'];
const telLinks = (html) => [...new Set([...html.matchAll(/href="(tel:[^"]+)"/g)].map((m) => m[1]))].sort();

describe('plain fallbacks in every language', () => {
  for (const locale of allLocales) {
    it(`${locale}: each element's fallback has the widget's phone numbers, in ${locale}, and no control that needs the script`, async () => {
      for (const element of elements) {
        const rendered = await read(`dist/prerendered/${locale}/${element}.html`);
        const fallback = await read(`dist/prerendered/${locale}/${element}.fallback.html`);
        assert.match(fallback, new RegExp(`^<kyr-${element}[ >]`), `${element}: the element, ready to paste`);
        assert.match(fallback, /<div class="kyr-fallback">/, `${element}: the fallback box`);
        assert.match(fallback, new RegExp(`<div lang="${locale}" dir="(ltr|rtl)">`), `${element}: in ${locale}`);
        assert.deepEqual(telLinks(fallback), telLinks(rendered), `${element}: the same numbers to call as the widget`);
        assert.doesNotMatch(fallback, /<(button|select|input|style|script|template|svg)\b/, `${element}: nothing that needs the script or the widget's styles`);
        assert.doesNotMatch(fallback, /\s(on\w+|style|class="(?!kyr-fallback)|part|aria-\w+)=/, `${element}: no handler, no widget-only attribute`);
        for (const [, href] of fallback.matchAll(/href="([^"]*)"/g)) assert.match(href, /^(https:|tel:|data:text\/vcard)/, `${element}: link ${href}`);
      }
    });
  }

  it('the picker\'s fallback names all twelve languages, each by its own name in its own direction', async () => {
    const fallback = await read('dist/prerendered/ar/language-picker.fallback.html');
    for (const [code, name] of Object.entries(endonyms)) {
      assert.ok(fallback.includes(`<bdi lang="${code}" dir="${code === 'ar' || code === 'ur' ? 'rtl' : 'ltr'}">${name}</bdi>`), `${code} ${name}`);
    }
  });

  it('the hotline card\'s fallback keeps its words: name, agency, call link, hours, source and its date', async () => {
    const fallback = await read('dist/prerendered/es/hotline-card.fallback.html');
    for (const text of ['Línea de ayuda de ActionNYC', 'Mayor\'s Office of Immigrant Affairs', 'Llamar <bdi dir="ltr">(800) 354-0365</bdi>', 'De lunes a viernes', '<time datetime="2026-12-06">']) {
      assert.ok(fallback.includes(text), text);
    }
  });

  it('flattening escapes text and drops links with other schemes', () => {
    const out = plainFallback('<kyr-x><template shadowrootmode="open"><div lang="en" dir="ltr"><p onclick="x()">a &lt;b&gt; &amp; "c"</p><a href="javascript:alert(1)">x</a><button>Copy</button></div></template></kyr-x>');
    assert.match(out, /<p>a &lt;b&gt; &amp; "c"<\/p>/);
    assert.doesNotMatch(out, /javascript:|onclick|<button/);
  });
});

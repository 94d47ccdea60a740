// The demo's embed generator, as a partner uses it: choose a widget and a language, copy the
// snippet, paste it into a page body (as a CMS does). The widget must be there at first paint,
// in that language, and the script must take it over without a layout shift. Headless Chromium.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kitBrowser } from './helpers/kit-browser.mjs';

const kit = kitBrowser();

/** The snippet the generator writes for these choices. */
async function snippet(choices) {
  const page = await kit.browser.newPage();
  await page.goto(`${kit.base}/demo/`);
  for (const [name, value] of Object.entries(choices)) {
    const field = page.locator(`#embed-form [name="${name}"]`);
    if ((await field.first().getAttribute('type')) === 'radio') await page.check(`#embed-form [name="${name}"][value="${value}"]`);
    else await field.selectOption(value);
  }
  await page.waitForFunction(() => !document.getElementById('copy-embed').disabled);
  const code = await page.inputValue('#embed-code');
  await page.close();
  return code;
}

/** A partner's page with `code` pasted into its body, the kit's files served from this repo's dist/. */
async function paste(code, { lang = 'es', javaScriptEnabled = true } = {}) {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Partner</title></head>
<body style="margin:8px;font:18px/1.6 Georgia,serif"><h1>Nuestra organización</h1><p>Texto de la página antes del widget.</p>
${code.replaceAll('"/kyr-widgets/', '"/dist/')}
<p>Texto de la página después del widget.</p></body></html>`;
  const page = await kit.browser.newPage({ viewport: { width: 375, height: 700 }, javaScriptEnabled });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.addInitScript(() => {
    window.kyrShift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.kyrShift += entry.value))).observe({ type: 'layout-shift', buffered: true });
    window.kyrSamples = [];
    const sample = () => {
      const widget = document.querySelector('kyr-hotline-card, kyr-rights-summary, kyr-detainer-explainer, kyr-language-picker');
      // From the frame the parser has passed the widget's end tag: before it, a slow machine paints
      // a half-parsed widget, as it paints any half-parsed page (declarative shadow DOM streams in).
      const parsed = widget && (widget.nextSibling || document.readyState !== 'loading');
      if (parsed) window.kyrSamples.push(widget.shadowRoot?.textContent ?? '(no shadow root)');
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.route(`${kit.base}/partner.html`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(`${kit.base}/partner.html`);
  return { page, errors };
}

describe('the embed generator’s snippet, pasted into a page body', () => {
  for (const build of ['es', 'standalone']) {
    it(`${build} build, Spanish 311 card: there at first paint, in Spanish, taken over with no shift`, async () => {
      const code = await snippet({ element: 'kyr-hotline-card', hotline: '311', locale: 'es', build });
      assert.match(code, /<kyr-hotline-card\s+hotline="311"><template shadowroot="open" shadowrootmode="open">/);
      assert.match(code, /<article class="root surface card" part="card" lang="es" dir="ltr"/);
      if (build === 'es') assert.match(code, /<link rel="modulepreload" href="\/kyr-widgets\/locales\/es-[\w-]+\.js"\s+integrity="sha384-/);

      const { page, errors } = await paste(code);
      await page.waitForFunction(() => customElements.get('kyr-hotline-card') && document.querySelector('kyr-hotline-card').hasUpdated);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const { shift, samples, roots, lang } = await page.evaluate(() => ({
        shift: window.kyrShift,
        samples: window.kyrSamples,
        roots: document.querySelector('kyr-hotline-card').shadowRoot.querySelectorAll('.root').length,
        lang: document.querySelector('kyr-hotline-card').shadowRoot.querySelector('.root').getAttribute('lang'),
      }));
      assert.ok(shift <= 0.01, `layout shift ${shift}`);
      assert.ok(samples.length > 0 && samples.every((text) => text.includes('Llamar') && !/Save contact|Copy number/.test(text)), 'every frame shows the Spanish card');
      assert.equal(roots, 1);
      assert.equal(lang, 'es');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

/** A hash the browser refuses: the file is not the one the snippet pinned (a stale README, a changed copy). */
const wrongHash = (code) => code.replace(/integrity="sha384-[^"]+"/g, `integrity="sha384-${'A'.repeat(64)}"`);

/** The phone links a reader sees on the page, light or shadow DOM, with their visible text. */
const visibleCallLinks = (page) =>
  page.evaluate(() => {
    const links = [];
    const visit = (root) => {
      for (const link of root.querySelectorAll('a[href^="tel:"]')) {
        const box = link.getBoundingClientRect();
        if (box.width > 0 && box.height > 0 && getComputedStyle(link).visibility !== 'hidden') links.push([link.getAttribute('href'), link.textContent.replace(/\s+/g, ' ').trim()]);
      }
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
    };
    visit(document);
    return links;
  });

describe('no snippet of the generator goes blank: with a refused hash or JavaScript off, the reader still sees whom to call, in the page’s language', () => {
  for (const fallback of ['rendered', 'plain']) {
    for (const locale of ['es', 'ur']) {
      it(`${fallback} fallback, ${locale}: refused hash, then JavaScript off`, async () => {
        const code = await snippet({ element: 'kyr-hotline-card', locale, build: 'es', fallback });
        if (fallback === 'plain') {
          assert.match(code, /<link rel="stylesheet" href="\/kyr-widgets\/themes\/fallback\.css" \/>/);
          assert.match(code, new RegExp(`<div class="kyr-fallback">\\n<div lang="${locale}" dir="(ltr|rtl)">`));
        }
        const call = locale === 'es' ? 'Llamar' : 'کال کریں';
        for (const [label, options, html] of [
          ['refused hash', {}, wrongHash(code)],
          ['JavaScript off', { javaScriptEnabled: false }, code],
        ]) {
          const { page } = await paste(html, { lang: locale, ...options });
          await page.waitForLoadState('load');
          assert.equal(await page.evaluate(() => Boolean(customElements.get('kyr-hotline-card'))), false, `${label}: the script did not run`);
          const links = await visibleCallLinks(page);
          assert.ok(links.some(([href, text]) => href === 'tel:+18003540365' && text.includes(call) && text.includes('(800) 354-0365')), `${label}: ${JSON.stringify(links)}`);
          if (locale === 'es') await page.screenshot({ path: `test-results/generator-${fallback}-${locale}-${label.replace(/ /g, '-')}.png` });
          await page.close();
        }
      });
    }
  }
});

/** The README's HTML snippets that embed a widget (quickstart, embed, fallbacks), as a partner copies them. */
async function readmeSnippets() {
  const { readFile } = await import('node:fs/promises');
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const snippets = [];
  for (const name of ['quickstart', 'embed', 'fallbacks']) {
    const block = readme.slice(readme.indexOf(`<!-- ${name}:start`), readme.indexOf(`<!-- ${name}:end -->`));
    for (const [, code] of block.matchAll(/```html\n([\s\S]*?)```/g)) if (code.includes('<kyr-')) snippets.push([name, code]);
  }
  return snippets;
}

describe('no snippet of the README goes blank: with a refused hash or JavaScript off, the reader still sees whom to call', () => {
  it('every README snippet, pasted in a page in its language', async () => {
    const snippets = await readmeSnippets();
    assert.ok(snippets.length >= 4, `found ${snippets.length} snippets`);
    for (const [name, code] of snippets) {
      const lang = /<div lang="([\w-]+)"/.exec(code)?.[1] ?? 'en';
      // Served from this repo: the self-hosted path and the CDN path both point at dist/.
      const local = code.replaceAll('"/kyr-widgets/', '"/dist/').replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/kyr-widgets@[\d.]+\/dist\//g, '/dist/');
      const call = lang === 'es' ? 'Llamar' : 'Call';
      for (const [label, options, html] of [
        ['refused hash', {}, wrongHash(local)],
        ['JavaScript off', { javaScriptEnabled: false }, local],
      ]) {
        const { page } = await paste(html, { lang, ...options });
        await page.waitForLoadState('load');
        const links = await visibleCallLinks(page);
        assert.ok(links.some(([href, text]) => href === 'tel:+18003540365' && text.includes(call) && text.includes('(800) 354-0365')), `${name}, ${label}: ${JSON.stringify(links)}`);
        await page.close();
      }
    }
  });
});

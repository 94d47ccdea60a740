// A framework hydrating a non-English page decides property or attribute by testing
// `'headingLevel' in element`, often before the kit's language file has arrived. So the kit
// defines its tags at once, and each widget's first render waits for the page's language: until
// then the fallback shows, never English. Checked in Chromium with the Spanish file held back.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { kitBrowser } from './helpers/kit-browser.mjs';

const kit = kitBrowser();

const ENGLISH = /\bCall\b|Save contact|Copy number|ActionNYC Hotline/;

describe('tags are defined at once on a Spanish page; the first render waits for Spanish', () => {
  for (const script of ['kyr-widgets.js', 'hotline-card.js']) {
    it(`dist/${script}: defined before the Spanish file arrives, the fallback shows meanwhile, and a property set then holds`, async () => {
      const page = await kit.browser.newPage({ viewport: { width: 375, height: 700 } });
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      let release;
      const held = new Promise((resolve) => (release = resolve));
      let asked = false;
      await page.route(/\/dist\/locales\/es-[\w-]+\.js$/, async (route) => {
        asked = true;
        await held;
        await route.continue();
      });
      const html = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Derechos</title>
<script type="module" src="/dist/${script}"></script></head>
<body><kyr-hotline-card><p class="fallback">Llame a ActionNYC: <a href="tel:+18003540365">(800) 354-0365</a></p></kyr-hotline-card></body></html>`;
      await page.route(`${kit.base}/partner.html`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
      await page.goto(`${kit.base}/partner.html`);
      await page.waitForFunction(() => customElements.get('kyr-hotline-card'), null, { timeout: 5000 });
      assert.ok(asked, 'the Spanish file was asked for');
      const waiting = await page.evaluate(() => {
        const card = document.querySelector('kyr-hotline-card');
        const known = 'headingLevel' in card;
        // What a framework does once it sees the property.
        card.headingLevel = 3;
        return {
          known,
          rendered: card.hasUpdated,
          shadowText: card.shadowRoot?.textContent ?? '',
          fallbackShown: card.querySelector('.fallback').getClientRects().length > 0,
        };
      });
      assert.equal(waiting.known, true, '`headingLevel` is a property of the element');
      assert.equal(waiting.rendered, false, 'no render before the Spanish file');
      assert.doesNotMatch(waiting.shadowText, ENGLISH);
      assert.equal(waiting.fallbackShown, true, 'the fallback shows meanwhile');

      release();
      await page.waitForFunction(() => document.querySelector('kyr-hotline-card').hasUpdated);
      const done = await page.evaluate(async () => {
        const card = document.querySelector('kyr-hotline-card');
        await card.updateComplete;
        return {
          lang: card.shadowRoot.querySelector('.root').getAttribute('lang'),
          text: card.shadowRoot.textContent,
          heading: card.shadowRoot.querySelector('h2, h3, h4')?.localName,
          fallbackShown: card.querySelector('.fallback').getClientRects().length > 0,
        };
      });
      assert.equal(done.lang, 'es');
      assert.match(done.text, /Llamar/);
      assert.doesNotMatch(done.text, ENGLISH);
      assert.equal(done.heading, 'h3', 'the property set before the first render holds');
      assert.equal(done.fallbackShown, false);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('a property a framework sets on a server-rendered widget before the kit defines it', () => {
  for (const script of ['kyr-widgets.js', 'kyr-widgets.standalone.js']) {
    it(`dist/${script}: the widget hydrates in place (the server's nodes stay), then takes the property`, async () => {
      const card = await readFile(new URL('../../dist/prerendered/es/hotline-card.html', import.meta.url), 'utf8');
      const load = script.endsWith('standalone.js') ? `<script src="/dist/${script}"></script>` : `<script type="module" src="/dist/${script}"></script>`;
      // As Svelte or React do when they hydrate their own markup before the kit's script has run.
      const early = `<script>const card = document.querySelector('kyr-hotline-card'); window.kyrServerRoot = card.shadowRoot.querySelector('.root'); card.headingLevel = 3; card.hotline = '311';</script>`;
      const html = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Derechos</title></head><body>${card}${early}${load}</body></html>`;
      const page = await kit.browser.newPage({ viewport: { width: 375, height: 700 } });
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.route(`${kit.base}/ssr.html`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
      await page.goto(`${kit.base}/ssr.html`);
      await page.waitForFunction(() => document.querySelector('kyr-hotline-card').hasUpdated);
      const seen = await page.evaluate(async () => {
        const card = document.querySelector('kyr-hotline-card');
        await card.updateComplete;
        const root = card.shadowRoot.querySelector('.root');
        return {
          sameRoot: root === window.kyrServerRoot,
          roots: card.shadowRoot.querySelectorAll('.root').length,
          lang: root.getAttribute('lang'),
          heading: card.shadowRoot.querySelector('h2, h3')?.localName,
          call: card.shadowRoot.querySelector('[part~="phone-link"]')?.getAttribute('href'),
        };
      });
      assert.deepEqual(seen, { sameRoot: true, roots: 1, lang: 'es', heading: 'h3', call: 'tel:311' });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

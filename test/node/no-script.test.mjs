// The prerendered snippets (dist/prerendered/<locale>/<element>.html) with JavaScript off show no
// control that does nothing: every visible control is a link that goes somewhere (tel:, https:,
// a data: contact file to download) or a <summary> that opens, and every phone number is a
// call link. With JavaScript on, the script takes the same snippet over: the controls appear in
// place, without a layout shift, and work. Headless Chromium (playwright-core), after `npm run build`.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { STRICT_CSP, chromiumLaunchOptions } from '../../scripts/browser.mjs';

const root = new URL('../../', import.meta.url);
const dist = new URL('dist/', root);
const { allLocales } = await import(new URL('npm/i18n/locales.js', dist));
const elements = ['hotline-card', 'rights-summary', 'detainer-explainer', 'language-picker'];
const ORIGIN = 'http://partner.test';
// A city site's strict policy with the snippets' style hashes added, as the README says.
const { 'style-src': styleHashes } = JSON.parse(await readFile(new URL('prerendered/csp.json', dist), 'utf8'));
const CSP = STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${styleHashes}`);

let browser;
before(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
});
after(() => browser?.close());

/** A partner's page with the snippet pasted in, and (with `script`) the ES build after it. */
async function openSnippet(context, locale, element, { script = false, scriptDelay = 0, init } = {}) {
  const snippet = await readFile(new URL(`prerendered/${locale}/${element}.html`, dist), 'utf8');
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.fulfill({ status: 204 }); // a link followed off the page
    if (url.pathname.startsWith('/dist/')) {
      if (scriptDelay) await new Promise((resolve) => setTimeout(resolve, scriptDelay));
      return route.fulfill({ path: new URL(url.pathname.slice(1), root).pathname, contentType: 'text/javascript' });
    }
    const tail = script ? '<script type="module" src="/dist/kyr-widgets.js"></script>' : '';
    const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Partner</title></head><body>${snippet}${tail}</body></html>`;
    return route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP }, body });
  });
  await page.goto(`${ORIGIN}/${locale}/${element}.html`);
  return page;
}

/**
 * Every visible control on the page, shadow roots included, each marked `data-probe` so a locator
 * finds it; and the visible text of phone numbers inside and outside call links.
 */
function survey(page) {
  return page.evaluate(() => {
    const CONTROL = 'a[href], button, select, input, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable]';
    const visible = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && el.getBoundingClientRect().width > 0;
    const controls = [];
    let outside = '';
    const walk = (node, inCallLink) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (!inCallLink && child.parentElement && visible(child.parentElement)) outside += child.data;
          continue;
        }
        if (child.nodeType !== Node.ELEMENT_NODE || child.localName === 'style' || child.localName === 'template') continue;
        if (child.matches(CONTROL) && visible(child)) {
          child.dataset.probe = String(controls.length);
          controls.push({ tag: child.localName, href: child.getAttribute('href'), download: child.getAttribute('download'), text: child.textContent.replace(/\s+/g, ' ').trim() });
        }
        const callLink = inCallLink || child.matches('a[href^="tel:"]');
        if (child.shadowRoot) walk(child.shadowRoot, callLink);
        walk(child, callLink);
      }
    };
    walk(document.body, false);
    return { controls, outside: outside.replace(/\s+/g, ' ') };
  });
}

const PHONE = /\(\d{3}\)\s?\d{3}-\d{4}/;

describe('prerendered snippets with JavaScript off: no control that does nothing', () => {
  let context;
  before(async () => {
    context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true, viewport: { width: 375, height: 667 } });
  });
  after(() => context?.close());

  for (const locale of allLocales) {
    for (const element of elements) {
      it(`${locale}/${element}.html: every visible control works, every phone number is a call link`, async () => {
        let page = await openSnippet(context, locale, element);
        const { controls, outside } = await survey(page);
        assert.equal(PHONE.exec(outside)?.[0], undefined, 'a phone number shown outside a call link');
        const dead = controls.filter((c) => !['a', 'summary'].includes(c.tag)).map((c) => `<${c.tag}> "${c.text}"`);
        assert.deepEqual(dead, [], 'visible controls that need JavaScript');
        const calls = controls.filter((c) => c.href?.startsWith('tel:'));
        if (element !== 'language-picker') assert.ok(calls.length > 0, 'a call link');
        for (const [i, control] of controls.entries()) {
          const target = () => page.locator(`[data-probe="${i}"]`);
          if (control.tag === 'summary') {
            const open = () => target().evaluate((summary) => summary.parentElement.open);
            const before = await open();
            await target().click();
            assert.equal(await open(), !before, `"${control.text}" opens its details`);
          } else if (control.href.startsWith('tel:')) {
            assert.match(control.href, /^tel:\+?\d{3,15}$/, control.text);
            assert.ok(control.text.replace(/\D/g, '').length >= 3 && control.href.endsWith(control.text.replace(/\D/g, '').slice(-7)), `"${control.text}" shows its number`);
            await target().click({ trial: true }); // on top, nothing covers it
          } else if (control.href.startsWith('data:')) {
            assert.match(control.href, /^data:text\/vcard;charset=utf-8,/, control.text);
            assert.match(control.download ?? '', /\.vcf$/, `"${control.text}" downloads a .vcf`);
            const [download] = await Promise.all([page.waitForEvent('download'), target().click()]);
            const vcard = await readFile(await download.path(), 'utf8');
            assert.match(vcard, /^BEGIN:VCARD\r\n[\s\S]*TEL;TYPE=VOICE:\+?\d+\r\n[\s\S]*END:VCARD\r\n$/, 'the saved contact file');
            assert.equal(download.suggestedFilename(), control.download);
          } else {
            assert.match(control.href, /^https:\/\//, `"${control.text}" links somewhere`);
            const [request] = await Promise.all([page.waitForRequest((r) => r.isNavigationRequest()), target().click()]);
            assert.equal(request.url(), new URL(control.href).href, `"${control.text}" follows its link`);
            await page.close();
            page = await openSnippet(context, locale, element);
            await survey(page);
          }
        }
        await page.close();
      });
    }
  }
});

describe('the same snippets with the script: the controls appear in place and work', () => {
  let context;
  before(async () => {
    context = await browser.newContext({ viewport: { width: 375, height: 667 } });
  });
  after(() => context?.close());

  for (const locale of ['en', 'ar']) {
    for (const element of elements) {
      it(`${locale}/${element}.html hydrates without a layout shift, and its controls work`, async () => {
        // The script arrives after the snippet's first paint, as on a slow phone; layout shifts are recorded from the start.
        const page = await openSnippet(context, locale, element, { script: true, scriptDelay: 300, init: recordShifts });
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        const widget = (selector) => page.locator(`kyr-${element}`).locator(selector);
        if (element === 'hotline-card') assert.equal(await widget('[part="copy-button"]').isVisible(), false, 'Copy number waits for the script');
        if (element === 'detainer-explainer') assert.equal(await widget('[data-answer="yes"]').isVisible(), false, 'the answers wait for the script');
        if (element === 'language-picker') assert.equal(await widget('select').isVisible(), false, 'the select waits for the script');
        await page.waitForFunction((tag) => document.querySelector(tag).matches(':state(interactive)'), `kyr-${element}`);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const shift = await page.evaluate(() => window.kyrShifts.reduce((sum, value) => sum + value, 0));
        assert.ok(shift <= 0.01, `layout shift ${shift}`);
        if (element === 'hotline-card') {
          await widget('[part="copy-button"]').click();
          await widget('[role="status"]').filter({ hasText: /\S/ }).waitFor();
        } else if (element === 'detainer-explainer') {
          assert.equal(await widget('.rule').isVisible(), false, 'the stand-in gives way to the questions');
          await widget('[data-answer="unknown"]').click();
          await widget('.answer-title').waitFor();
        } else if (element === 'language-picker') {
          const other = locale === 'en' ? 'es' : 'en';
          await widget('select').focus(); // the picker lists every language once it is reached
          await widget(`option[value="${other}"]`).waitFor({ state: 'attached' });
          await widget('select').selectOption(other);
          await widget(`.root[lang="${other}"]`).waitFor();
        }
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  }
});

/** Sums the page's layout shifts into window.kyrShifts (an init script: it runs before the first paint). */
function recordShifts() {
  window.kyrShifts = [];
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.kyrShifts.push(entry.value))).observe({ type: 'layout-shift', buffered: true });
}

// What a page fetches before its widgets render, loaded in Chromium from dist/ (the budgets in
// bench/budgets.json: bytes are deterministic, so they are tests; times are the bench's), and the
// starting language fetched with the kit, not after it. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { kitBrowser } from './helpers/kit-browser.mjs';

const root = new URL('../../', import.meta.url);
const budgets = JSON.parse(readFileSync(new URL('bench/budgets.json', root), 'utf8'));
const gzip = (path) => gzipSync(readFileSync(new URL(`.${path}`, root)), { level: 9 }).length;

const kit = kitBrowser();

/** Opens `body` in an `<html lang>` page with the ES script at its end; resolves once every widget rendered. */
async function open(body, { lang = 'en', latency = 0 } = {}) {
  const page = await kit.browser.newPage();
  if (latency) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
  }
  const url = `${kit.base}/first-load.html`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="${lang}"><body>${body}<script type="module" src="/dist/kyr-widgets.js"></script></body></html>` }),
  );
  await page.goto(url);
  await page.waitForFunction(() => [...document.querySelectorAll(':is(kyr-hotline-card, kyr-rights-summary, kyr-detainer-explainer, kyr-language-picker)')].every((widget) => widget.shadowRoot?.querySelector('.root')));
  // The JavaScript the page had fetched from dist/ when its widgets had rendered (the loader's
  // lazy parts come later, when needed).
  const files = await page.evaluate(() =>
    performance.getEntriesByType('resource').map(({ name, startTime, responseEnd }) => ({ path: new URL(name).pathname, startTime, responseEnd })).filter(({ path }) => path.endsWith('.js')),
  );
  await page.close();
  return files;
}

const ALL_FOUR = '<kyr-language-picker></kyr-language-picker><kyr-hotline-card></kyr-hotline-card><kyr-rights-summary></kyr-rights-summary><kyr-detainer-explainer></kyr-detainer-explainer>';

describe('the ES build: what a page fetches before its widgets render', () => {
  for (const [name, body, budget] of [
    ['one hotline card', '<kyr-hotline-card></kyr-hotline-card>', 'esOneCard'],
    ['one rights summary', '<kyr-rights-summary></kyr-rights-summary>', 'esOneSummary'],
    ['all four widgets', ALL_FOUR, 'esAllFour'],
  ]) {
    it(`${name}, English: its JavaScript stays within budget (${budgets[budget]} B gzip)`, async () => {
      const files = await open(body);
      const bytes = files.reduce((sum, { path }) => sum + gzip(path), 0);
      assert.ok(files.every(({ path }) => !path.includes('/locales/')), 'no language file on an English page');
      assert.ok(bytes <= budgets[budget], `${bytes} B > ${budgets[budget]} B: ${files.map(({ path }) => path).join(' ')}`);
    });
  }

  it('a Spanish page fetches its language with the kit, not after it (150 ms a round trip)', async () => {
    const files = await open('<kyr-hotline-card></kyr-hotline-card>', { lang: 'es', latency: 150 });
    const spanish = files.find(({ path }) => /\/locales\/es-[\w-]+\.js$/.test(path));
    assert.ok(spanish, `no Spanish file among ${files.map(({ path }) => path).join(' ')}`);
    const kitChunks = files.filter(({ path }) => path.includes('/chunks/'));
    assert.ok(kitChunks.length, 'the kit was fetched');
    for (const chunk of kitChunks) assert.ok(spanish.startTime < chunk.responseEnd, `Spanish requested at ${spanish.startTime} ms, after ${chunk.path} arrived (${chunk.responseEnd} ms)`);
  });
});

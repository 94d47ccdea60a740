// Every browser entry of the package, bundled by Vite the way an app's build does, defines its
// tags in Chromium. A bundler drops the modules package.json's `sideEffects` leaves out when
// nothing is imported from them: an entry whose code lives in a file missing from that list
// (the script-tag files re-export from dist/chunks/) bundles to nothing, and its server-rendered
// widgets stay dead without a message. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../scripts/browser.mjs';
import { installPackedKit } from '../../scripts/pack-check.mjs';
import { KYR_TAGS, jsExports } from './exports.mjs';

/** The tags an entry defines: one for a per-element entry, none for the class-only module and React's helper, else all four. */
function expectedTags(specifier) {
  const file = specifier.split('/')[1];
  if (file === 'elements.js' || file === 'react') return [];
  const one = file && `kyr-${file.replace(/\.js$/, '')}`;
  return KYR_TAGS.includes(one) ? [one] : KYR_TAGS;
}

// Every export a browser app can import (ssr.js has only a `node` condition).
const browserEntries = jsExports.filter((specifier) => specifier !== 'kyr-widgets/ssr.js');
const ORIGIN = 'http://kyr.test';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

describe('each browser entry, bundled by Vite, defines its tags in Chromium', { timeout: 300_000 }, () => {
  let scratch;
  let app;
  let browser;
  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'kyr-entries-'));
    ({ app } = await installPackedKit(scratch));
    browser = await chromium.launch(chromiumLaunchOptions());
  });
  after(async () => {
    await browser?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('covers the documented entries', () => {
    for (const documented of ['kyr-widgets', 'kyr-widgets/hotline-card.js', 'kyr-widgets/kyr-widgets.js', 'kyr-widgets/standalone.js', 'kyr-widgets/hydrate.js']) {
      assert.ok(browserEntries.includes(documented), documented);
    }
  });

  for (const specifier of browserEntries) {
    const expected = expectedTags(specifier);
    it(`import '${specifier}' defines ${expected.length ? expected.map((tag) => `<${tag}>`).join(' ') : 'no tag'}`, async () => {
      const out = join(app, `out-${specifier.replace(/\W+/g, '-')}`);
      await writeFile(join(app, 'main.js'), `import '${specifier}';\n`);
      await writeFile(join(app, 'index.html'), '<!doctype html><html lang="en"><script type="module" src="./main.js"></script><kyr-hotline-card></kyr-hotline-card>\n');
      await build({ root: app, base: './', logLevel: 'silent', configFile: false, build: { outDir: out } });

      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.route(`${ORIGIN}/**`, async (route) => {
        const path = new URL(route.request().url()).pathname;
        const file = join(out, path === '/' ? 'index.html' : path);
        const body = await readFile(file).catch(() => undefined);
        await route.fulfill(body ? { body, contentType: types[extname(file)] } : { status: 404 });
      });
      try {
        await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
        // The npm entries define their tags as they evaluate, before `load`; the script-tag loader
        // once the kit it fetches is in.
        await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), expected, { timeout: 5000 }).catch(() => undefined);
        const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), KYR_TAGS);
        assert.deepEqual(defined, expected);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  }
});

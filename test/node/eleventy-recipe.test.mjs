// The Eleventy recipe of docs/server-rendering.md (test/integrations/eleventy), built for real: the packed kit installed in a
// scratch copy of the site (Eleventy and the Lit plugin linked from this repo's node_modules), then
// the built page opened in Chromium: widgets there before the script, in Spanish, hydrated after.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/browser.mjs';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const LINKED = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr', '@lit-labs/ssr-client', '@lit-labs/ssr-dom-shim', '@11ty/eleventy', '@lit-labs/eleventy-plugin-lit'];

describe('recipe: Eleventy with @lit-labs/eleventy-plugin-lit', () => {
  let scratch;
  let site;
  let html;
  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'kyr-eleventy-'));
    site = join(scratch, 'site');
    await cp(join(root, 'test/integrations/eleventy'), site, { recursive: true });
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root });
    const installed = join(site, 'node_modules', 'kyr-widgets');
    await mkdir(installed, { recursive: true });
    await run('tar', ['-xzf', join(scratch, JSON.parse(stdout)[0].filename), '-C', installed, '--strip-components=1']);
    for (const dependency of LINKED) {
      await mkdir(join(site, 'node_modules', dependency, '..'), { recursive: true });
      await symlink(join(root, 'node_modules', dependency), join(site, 'node_modules', dependency), 'dir');
    }
    await run(process.execPath, [join(root, 'node_modules/@11ty/eleventy/cmd.cjs'), '--quiet'], { cwd: site, env: { ...process.env, KYR_LOCALE: 'es' } });
    html = await readFile(join(site, '_site/index.html'), 'utf8');
  });
  after(() => rm(scratch, { recursive: true, force: true }));

  it('builds the page with every widget rendered as declarative shadow DOM, in Spanish', () => {
    assert.ok(html.trimStart().toLowerCase().startsWith('<!doctype html>'), 'standards mode');
    const roots = [...html.matchAll(/<(kyr-[\w-]+)[^>]*><template shadowroot="open" shadowrootmode="open">[\s\S]*?class="root[^"]*"[^>]*lang="(\w+)"/g)].map(([, tag, lang]) => [tag, lang]);
    assert.deepEqual(roots, [['kyr-language-picker', 'es'], ['kyr-hotline-card', 'es'], ['kyr-detainer-explainer', 'es']]);
    assert.match(html, /href="tel:\+18005667636"/);
    assert.ok(!html.includes('Save contact'));
  });

  it('opens in Chromium with the widgets there before the script, then hydrated and working', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // The page asks for /kyr-widgets.standalone.js: serve the built site's copy.
      await page.route('**/kyr-widgets.standalone.js', (route) => route.fulfill({ path: join(site, '_site/kyr-widgets.standalone.js'), contentType: 'text/javascript' }));
      await page.goto(pathToFileURL(join(site, '_site/index.html')).href);
      await page.waitForFunction(() => document.querySelector('kyr-detainer-explainer')?.hasUpdated);
      const state = await page.evaluate(async () => {
        const explainer = document.querySelector('kyr-detainer-explainer');
        const roots = explainer.shadowRoot.querySelectorAll('.root').length;
        explainer.shadowRoot.querySelector('[data-answer="no"]').click();
        await explainer.updateComplete;
        return { roots, answer: explainer.shadowRoot.querySelector('.answer-title')?.textContent.trim() };
      });
      assert.equal(state.roots, 1, 'hydrated, not rendered twice');
      assert.equal(state.answer, 'No, según la política de la Ciudad.');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});

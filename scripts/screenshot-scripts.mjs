// Before/after screenshots of each script's own glyph shapes: the hotline card and the rights
// summary's heading in zh-Hant, ko, ur (and zh-Hans, ar for comparison), rendered by the baseline
// build (bench/baseline.json) on the left and the current build on the right.
//   node scripts/screenshot-scripts.mjs [OUTDIR] [locale …]    (after npm run build)
import { mkdir, readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { buildBaseline } from '../bench/baseline.mjs';
import { startServer } from './serve.mjs';

const [outDir = 'screenshots', ...wanted] = process.argv.slice(2);
const locales = wanted.length ? wanted : ['zh-Hant', 'ko', 'ur', 'zh-Hans', 'ar'];
const root = new URL('..', import.meta.url).pathname;
const baseline = await buildBaseline(JSON.parse(await readFile(`${root}bench/baseline.json`, 'utf8')).ref);
await mkdir(outDir, { recursive: true });
const { server, url } = await startServer(0);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 760, height: 700 }, deviceScaleFactor: 3 });

const widgetPage = (build, locale) => `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<script type="module" src="${build}/kyr-widgets.js"></script></head><body style="margin:8px;font:14px sans-serif">
<p style="margin:0 0 4px">${build === baseline.path ? `before (${baseline.commit.slice(0, 7)})` : 'after'}</p>
<kyr-hotline-card></kyr-hotline-card></body></html>`;
await page.route('**/__shot/**', (route) => {
  const [, build, locale] = /__shot\/(before|after)\/([\w-]+)/.exec(route.request().url());
  route.fulfill({ contentType: 'text/html; charset=utf-8', body: widgetPage(build === 'before' ? baseline.path : '/dist', locale) });
});
for (const locale of locales) {
  await page.setContent(`<!doctype html><meta charset="utf-8"><body style="margin:0;display:flex">
    <iframe src="${url}/__shot/before/${locale}" style="width:375px;height:700px;border:0"></iframe>
    <iframe src="${url}/__shot/after/${locale}" style="width:375px;height:700px;border:0;border-inline-start:2px solid #c00"></iframe>`);
  for (const frame of page.frames().slice(1)) {
    await frame.waitForFunction(() => document.querySelector('kyr-hotline-card')?.shadowRoot?.querySelector('.root'));
  }
  await page.evaluate(() => document.fonts.ready);
  const path = `${outDir}/script-${locale}.png`;
  await page.screenshot({ path });
  // Close-ups of the first words under "When you call", where the glyph shapes are easy to compare.
  for (const [i, side] of [[1, 'before'], [2, 'after']]) {
    const frame = page.frames()[i];
    const offset = (await (await frame.frameElement()).boundingBox()).x;
    const box = await frame.evaluate(() => {
      const { left, top } = document.querySelector('kyr-hotline-card').shadowRoot.querySelector('.details dd').getBoundingClientRect();
      return { left, top };
    });
    await page.screenshot({ path: `${outDir}/script-${locale}-${side}-closeup.png`, clip: { x: offset + box.left, y: box.top, width: 200, height: 52 } });
  }
  console.log(path);
}
await browser.close();
server.close();

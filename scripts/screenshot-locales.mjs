// Screenshots of every element in the given locales, as a reader picks them in the demo:
//   node scripts/screenshot-locales.mjs http://localhost:8000/demo/ OUTDIR [width] [locale …]
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './browser.mjs';

const [url, outDir, width = '375', ...locales] = process.argv.slice(2);
await mkdir(outDir, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
page.on('console', (m) => { if (m.type() === 'error') console.log(`[error] ${m.text()}`); });
await page.goto(url, { waitUntil: 'networkidle' });
const selectors = {
  card: 'section[aria-labelledby=hotlines] kyr-hotline-card',
  rights: 'section[aria-labelledby=rights] kyr-rights-summary',
  explainer: 'section[aria-labelledby=detainers] kyr-detainer-explainer',
  picker: 'header kyr-language-picker',
};
for (const locale of locales.length ? locales : ['ar']) {
  await page.locator('header kyr-language-picker select').selectOption(locale);
  await page.waitForFunction((l) => document.querySelector('kyr-hotline-card')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') === l, locale);
  await page.waitForTimeout(200);
  for (const [name, selector] of Object.entries(selectors)) {
    await page.locator(selector).first().screenshot({ path: `${outDir}/${locale}-${name}-${width}.png` });
  }
  console.log(`${locale}: ${Object.keys(selectors).join(', ')}`);
}
await browser.close();

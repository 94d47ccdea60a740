// Screenshots for looking at what we build:
//   node scripts/screenshot.mjs URL OUT.png [width] [height] [full|viewport|CSS selector]
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './browser.mjs';

const [url, out, width = '375', height = '800', full = 'full'] = process.argv.slice(2);
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`[${m.type()}] ${m.text()}`); });
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
if (full === 'full' || full === 'viewport') await page.screenshot({ path: out, fullPage: full === 'full' });
else await page.locator(full).first().screenshot({ path: out });
await browser.close();
console.log(`saved ${out}`);

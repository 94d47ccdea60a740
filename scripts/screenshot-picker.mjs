// The language picker before and after focus reaches it (ES build, English page): screenshots,
// the options it holds, and what the accessibility tree gives a screen reader then.
//   node scripts/screenshot-picker.mjs [OUTDIR]    (after npm run build)
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const [outDir = 'screenshots'] = process.argv.slice(2);
await mkdir(outDir, { recursive: true });
const { server, url } = await startServer(0);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 375, height: 160 }, deviceScaleFactor: 2 });
await page.route('**/__picker.html', (route) =>
  route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/dist/kyr-widgets.js"></script></head><body><kyr-language-picker></kyr-language-picker></body></html>',
  }),
);
await page.goto(`${url}/__picker.html`);
await page.waitForFunction(() => document.querySelector('kyr-language-picker')?.shadowRoot?.querySelector('select'));
const options = () => page.evaluate(() => [...document.querySelector('kyr-language-picker').shadowRoot.querySelectorAll('option')].map((o) => o.textContent));
/** The select as Chromium's accessibility tree gives it to a screen reader: name, value, options. */
const tree = async () => {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const combobox = nodes.find((node) => node.role?.value === 'combobox');
  const options = [];
  const walk = (node) => {
    if (node.role?.value === 'option' || node.role?.value === 'menuitem') options.push(node.name?.value);
    for (const id of node.childIds ?? []) walk(byId.get(id));
  };
  if (combobox) walk(combobox);
  await cdp.detach();
  return `${combobox?.name?.value}: ${combobox?.value?.value} [${options.join(', ')}]`;
};
await page.screenshot({ path: `${outDir}/picker-before-focus.png` });
console.log('before focus:', (await options()).join(' · '));
console.log('accessibility tree before focus:', await tree());
await page.keyboard.press('Tab');
await page.evaluate(() => document.querySelector('kyr-language-picker').updateComplete);
await page.screenshot({ path: `${outDir}/picker-after-focus.png` });
console.log('after focus: ', (await options()).join(' · '));
console.log('accessibility tree after focus:', await tree());
await browser.close();
server.close();

// Screenshots of every documented example under the conditions the accessibility tests check,
// for a person to look at (the tests measure; they cannot judge "looks right"):
//   node scripts/screenshot-a11y.mjs [OUTDIR] [condition …]   (run `npm run build` first)
// Conditions: spacing-320-en spacing-320-ar spacing-272-en spacing-272-ar text200-320-en
// text200-320-ar forced-colors dark-en dark-ar focus-light focus-dark (default: all).
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { exampleHtml, loadExamples } from './examples.mjs';
import { startServer } from './serve.mjs';

/** WCAG 1.4.12's test values, applied inside every shadow root as a reader's style sheet would be. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

const conditions = {
  'spacing-320-en': { width: 320, locale: 'en', spacing: true },
  'spacing-320-ar': { width: 320, locale: 'ar', spacing: true },
  'spacing-272-en': { width: 320, card: 272, locale: 'en', spacing: true },
  'spacing-272-ar': { width: 320, card: 272, locale: 'ar', spacing: true },
  'text200-320-en': { width: 320, locale: 'en', defaultFontSize: 32 },
  'text200-320-ar': { width: 320, locale: 'ar', defaultFontSize: 32 },
  'forced-colors': { width: 400, locale: 'en', forcedColors: true, focus: true },
  'dark-en': { width: 400, locale: 'en', theme: 'dark' },
  'dark-ar': { width: 400, locale: 'ar', theme: 'dark' },
  'focus-light': { width: 400, locale: 'en', focus: true },
  'focus-dark': { width: 400, locale: 'en', theme: 'dark', focus: true },
};

const [outDir = 'screenshots/a11y', ...wanted] = process.argv.slice(2);
await mkdir(outDir, { recursive: true });
const { server, url } = await startServer(0);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const sets = loadExamples();
function pageHtml({ locale, theme, card, defaultFontSize }) {
  const widgets = sets.flatMap(({ tag, examples }) =>
    examples.map((example) => `<div class="example" id="${tag}--${example.name}">\n${exampleHtml(tag, example)}\n</div>`),
  );
  return `<!doctype html>
<html lang="${locale}" dir="${['ar', 'ur'].includes(locale) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>kyr-widgets: accessibility screenshots</title>
<link rel="stylesheet" href="/dist/themes/dark.css" />
<script type="module" src="/dist/kyr-widgets.js"></script>
<style>
  /* A reader's larger default text (Page.setFontSizes does the same, but Playwright resets it for element screenshots). */
  ${defaultFontSize ? `html { font-size: ${defaultFontSize}px; }` : ''}
  body { margin: 8px; font-family: system-ui, sans-serif; background: ${theme === 'dark' ? '#121417' : '#f6f6f4'}; }
  .example { ${card ? `inline-size: ${card}px;` : ''} margin-block-end: 24px; padding: 4px; }
</style>
</head>
<body class="${theme ? `kyr-theme-${theme}` : ''}">
${widgets.join('\n')}
</body>
</html>`;
}

for (const [name, condition] of Object.entries(conditions)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const page = await browser.newPage({ viewport: { width: condition.width, height: 900 } });
  page.on('pageerror', (e) => console.log(`[${name}] pageerror: ${e.message}`));
  if (condition.forcedColors) await page.emulateMedia({ forcedColors: 'active' });
  await page.route(`${url}/__a11y/page.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml(condition) }));
  await page.goto(`${url}/__a11y/page.html`, { waitUntil: 'networkidle' });
  await page.waitForFunction((locale) => {
    const widgets = [...document.querySelectorAll('.example > *')];
    return widgets.every((w) => w.shadowRoot?.firstElementChild?.getAttribute('lang') === locale);
  }, condition.locale);
  // One explainer shows an answer (with its outcome bar and call link), the other its first question.
  await page.evaluate(async () => {
    const explainer = document.getElementById('kyr-detainer-explainer--feedback').firstElementChild;
    for (const reply of ['yes', 'yes']) {
      explainer.shadowRoot.querySelector(`[data-answer="${reply}"]`).click();
      await explainer.updateComplete;
    }
    explainer.shadowRoot.activeElement?.blur();
  });
  if (condition.spacing) {
    await page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      for (const w of document.querySelectorAll('.example > *')) w.shadowRoot.adoptedStyleSheets = [...w.shadowRoot.adoptedStyleSheets, sheet];
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, TEXT_SPACING);
  }
  await page.evaluate(() => document.fonts.ready);
  for (const box of await page.locator('.example').all()) {
    const id = await box.getAttribute('id');
    if (condition.focus) {
      // The first control, focused from the keyboard (so :focus-visible applies).
      await page.keyboard.press('Tab');
      await page.evaluate((id) => {
        const w = document.getElementById(id).firstElementChild;
        w.shadowRoot.querySelector('a, button, select')?.focus();
      }, id);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
    }
    // Tall boxes in parts of at most 1,200 px, so an image viewer shows them at full size.
    const file = `${outDir}/${name}--${id.replace(/^kyr-/, '')}`;
    await box.scrollIntoViewIfNeeded();
    const { x, y, width, height } = await page.evaluate((id) => {
      const r = document.getElementById(id).getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    }, id);
    const parts = Math.ceil(height / 1200);
    for (let i = 0; i < parts; i++) {
      const clip = { x, y: y + i * 1200, width, height: Math.min(1200, height - i * 1200) };
      await page.screenshot({ path: parts > 1 ? `${file}-${i + 1}.png` : `${file}.png`, clip, fullPage: true });
    }
  }
  await page.close();
  console.log(`${name}: done`);
}
await browser.close();
server.close();

// Layout shift and first paint of the documented embeds, in one run: the README's snippet with a
// plain fallback in <head> and in the <body> (as a CMS pastes it), on an English and a Spanish
// page, and server-rendered widgets (dist/prerendered) with either build. 375 px, 4× CPU.
import { readFile } from 'node:fs/promises';

const root = new URL('..', import.meta.url).pathname;
const TAGS = ['kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer', 'kyr-language-picker'];

/** The README's plain fallback content for each element (short text in a .kyr-fallback box). */
const plainFallback = {
  'kyr-hotline-card': '<div class="kyr-fallback"><p>ActionNYC Hotline: <a href="tel:+18003540365">(800) 354-0365</a></p></div>',
  'kyr-rights-summary': '<div class="kyr-fallback"><p>All New Yorkers, regardless of immigration status, have rights. Call <a href="tel:311">311</a>.</p></div>',
  'kyr-detainer-explainer': '<div class="kyr-fallback"><p>ICE detainers: nyc.gov/KnowYourRights</p></div>',
  'kyr-language-picker': '<div class="kyr-fallback"><p>English · Español · 中文 · العربية</p></div>',
};

const script = (build, where) =>
  build === 'standalone'
    ? `<script src="/dist/kyr-widgets.standalone.js" defer${where === 'head' ? ' blocking="render"' : ''}></script>`
    : `<script type="module" src="/dist/kyr-widgets.js"${where === 'head' ? ' blocking="render"' : ''}></script>`;

async function widgets(kind, locale) {
  if (kind === 'plain') return TAGS.map((tag) => `<${tag}>${plainFallback[tag]}</${tag}>`).join('\n');
  const rendered = await Promise.all(TAGS.map((tag) => readFile(`${root}dist/prerendered/${locale}/${tag.slice(4)}.html`, 'utf8')));
  return rendered.join('\n');
}

/** The embeds measured: [label, { locale, where the script goes, fallback kind, build }]. */
export const embeds = [
  ['snippet in `<head>` (`blocking="render"`), plain fallback, English page', { locale: 'en', where: 'head', kind: 'plain', build: 'es' }],
  ['snippet in `<body>` (as a CMS pastes it), plain fallback, English page', { locale: 'en', where: 'body', kind: 'plain', build: 'es' }],
  ['snippet in `<body>`, plain fallback, Spanish page', { locale: 'es', where: 'body', kind: 'plain', build: 'es' }],
  ['server-rendered widgets (dist/prerendered) + ES build, Spanish page', { locale: 'es', where: 'body', kind: 'rendered', build: 'es' }],
  ['server-rendered widgets + standalone build, Spanish page', { locale: 'es', where: 'body', kind: 'rendered', build: 'standalone' }],
  ['server-rendered widgets + ES build, Arabic page', { locale: 'ar', where: 'body', kind: 'rendered', build: 'es' }],
];

async function page({ locale, where, kind, build }) {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Partner page</title><link rel="stylesheet" href="/dist/themes/fallback.css">${where === 'head' ? script(build, where) : ''}</head>
<body style="margin:8px;font:18px/1.6 Georgia,serif"><h1>Community legal help</h1><p>Our page's own text, above the widgets.</p>
${where === 'body' ? script(build, where) : ''}
${await widgets(kind, locale)}
<p>Our page's own text, below the widgets.</p></body></html>`;
}

/**
 * Per embed: CLS (worst run), and the median time from navigation to the first frame that shows
 * real widget content (a rendered shadow root, server-rendered or not), and first contentful paint.
 */
export async function measureEmbeds(browser, base, runs) {
  const results = [];
  for (const [label, options] of embeds) {
    const html = await page(options);
    const cls = [];
    const widgetPaint = [];
    const fcp = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await tab.addInitScript(() => {
        window.embedCls = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.embedCls += entry.hadRecentInput ? 0 : entry.value))).observe({ type: 'layout-shift', buffered: true });
        const frame = () => {
          const card = document.querySelector('kyr-hotline-card');
          if (card?.shadowRoot?.querySelector('.root')) window.embedWidgetPaint = performance.now();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      await tab.route(`${base}/embed.html`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
      await tab.goto(`${base}/embed.html`);
      await tab.waitForFunction(() => customElements.get('kyr-hotline-card') && document.querySelector('kyr-hotline-card').hasUpdated && window.embedWidgetPaint, null, { timeout: 60_000 });
      // Let every later frame settle before reading the shift.
      await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
      const result = await tab.evaluate(() => ({
        cls: window.embedCls,
        widgetPaint: window.embedWidgetPaint,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      }));
      cls.push(result.cls);
      widgetPaint.push(result.widgetPaint);
      fcp.push(result.fcp);
      await context.close();
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    results.push({ label, ...options, cls: Math.max(...cls), widgetPaintMs: median(widgetPaint), fcpMs: median(fcp) });
  }
  return results;
}

// Layout shift and first paint of the documented embeds, in one run: the README's and the embed
// generator's snippets, with the plain fallback (dist/prerendered/<locale>/<element>.fallback.html)
// or the server-rendered widget (dist/prerendered/<locale>/<element>.html), the script in <head>
// and pasted in the <body> as a CMS does, on English, Spanish and Urdu pages, with either build.
// 375 px, 4× CPU and a slow connection (the script and its language file arrive late).
import { readFile } from 'node:fs/promises';

const root = new URL('..', import.meta.url).pathname;
const TAGS = ['kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer', 'kyr-language-picker'];

/** A slow mobile connection (Chrome DevTools' "Slow 4G"): 150 ms, 1.6 Mbps down. */
export const SLOW_CONNECTION = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const script = (build, where) =>
  build === 'standalone'
    ? `<script src="/dist/kyr-widgets.standalone.js" defer${where === 'head' ? ' blocking="render"' : ''}></script>`
    : `<script type="module" src="/dist/kyr-widgets.js"${where === 'head' ? ' blocking="render"' : ''}></script>`;

/** The widgets as the snippet pastes them: each element with its plain fallback, or server-rendered. */
async function widgets(kind, locale) {
  const suffix = kind === 'plain' ? '.fallback.html' : '.html';
  const files = await Promise.all(TAGS.map((tag) => readFile(`${root}dist/prerendered/${locale}/${tag.slice(4)}${suffix}`, 'utf8')));
  return files.join('\n');
}

/** The embeds measured: [label, { locale, where the script goes, fallback kind, build }]. */
export const embeds = [
  ['README snippet in `<head>`, plain fallback, English page', { locale: 'en', where: 'head', kind: 'plain', build: 'es' }],
  ['README snippet in `<body>` (as a CMS pastes it), plain fallback, English page', { locale: 'en', where: 'body', kind: 'plain', build: 'es' }],
  ['README snippet in `<body>`, plain fallback, Spanish page', { locale: 'es', where: 'body', kind: 'plain', build: 'es' }],
  ['README standalone snippet in `<body>`, plain fallback, Urdu page', { locale: 'ur', where: 'body', kind: 'plain', build: 'standalone' }],
  ['generator snippet in `<head>`, server-rendered, Spanish page', { locale: 'es', where: 'head', kind: 'rendered', build: 'es' }],
  ['generator snippet in `<body>`, server-rendered, Spanish page', { locale: 'es', where: 'body', kind: 'rendered', build: 'es' }],
  ['generator standalone snippet in `<body>`, server-rendered, Spanish page', { locale: 'es', where: 'body', kind: 'rendered', build: 'standalone' }],
  ['generator snippet in `<body>`, server-rendered, Urdu page', { locale: 'ur', where: 'body', kind: 'rendered', build: 'es' }],
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
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_CONNECTION);
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

// Loads at the slow profile (issue 22): 4× CPU, 150 ms RTT, 1.6 Mbps down, a cold tab each time.
// In the page, from before its first byte, a frame watcher notes when each widget first shows
// rendered content (its shadow root holds more than a style or the fallback's slot) and in which
// language (the rendered root's `lang`); after the load, the page's resource timing says which
// JavaScript it requested and when. Nothing here knows the kit's file names.
import { readFile } from 'node:fs/promises';
import { SLOW_CONNECTION } from './embeds.mjs';
import { compressed } from './sizes.mjs';

const root = new URL('..', import.meta.url).pathname;

/** The profile, as the report states it. */
export const SLOW_PROFILE = { cpuThrottling: 4, rttMs: SLOW_CONNECTION.latency, downloadMbps: (SLOW_CONNECTION.downloadThroughput * 8) / 1024 / 1024 };

/** In the page, before anything loads: per widget tag, when each language was first rendered. */
function watchWidgets(tags) {
  const seen = Object.fromEntries(tags.map((tag) => [tag, {}]));
  window.slowWatch = { seen, done: false };
  const skipped = new Set(['style', 'slot', 'link', 'template']);
  const frame = () => {
    const now = performance.now();
    let settled = true;
    for (const tag of tags) {
      const shadow = document.querySelector(tag)?.shadowRoot;
      const content = shadow && [...shadow.children].find((child) => !skipped.has(child.localName));
      if (!content) {
        settled = false;
        continue;
      }
      const pageLang = document.documentElement.lang;
      const lang = content.closest('[lang]')?.getAttribute('lang') ?? pageLang;
      seen[tag][lang] ??= now;
      if (!lang.startsWith(pageLang)) settled = false;
    }
    // A few frames after every widget shows the page's language, stop: nothing more to see.
    window.slowWatch.quietFrames = settled ? (window.slowWatch.quietFrames ?? 0) + 1 : 0;
    if (window.slowWatch.quietFrames > 5 || now > 60_000) window.slowWatch.done = true;
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const gzipOf = new Map();
/** gzip -9 size of a served file, by URL path (each file compressed on its own, as served). */
async function gzipSize(path) {
  if (!gzipOf.has(path)) gzipOf.set(path, compressed(await readFile(`${root}${decodeURIComponent(path).slice(1)}`)).gzip);
  return gzipOf.get(path);
}

/**
 * One cold load of `path` at the slow profile, waiting for `tags`. Returns, in ms from navigation:
 * `renderMs` (every widget rendered), `firstRenderMs` per tag and language, `fcpMs`, and the
 * JavaScript requested before the render: `js` [{ path, startMs, gzip }] and `jsGzip`.
 */
export async function slowLoad(browser, base, path, tags) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PROFILE.cpuThrottling });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_CONNECTION);
    await page.addInitScript(watchWidgets, tags);
    await page.goto(`${base}${path}`);
    // A plain timer in the page (not waitForFunction, whose helper would run during the load).
    await page.evaluate(() => new Promise((resolve) => {
      const check = () => (window.slowWatch.done ? resolve() : setTimeout(check, 100));
      check();
    }));
    // Every request the page started has finished, so resource timing lists it.
    await page.waitForLoadState('networkidle');
    const { seen, fcpMs, resources } = await page.evaluate(() => ({
      seen: window.slowWatch.seen,
      fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      resources: performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname, startMs: e.startTime })),
    }));
    const firstRender = (tag) => Math.min(...Object.values(seen[tag]));
    const renderMs = Math.max(...tags.map(firstRender));
    const js = [];
    for (const r of resources) if (r.path.endsWith('.js') && r.startMs < renderMs) js.push({ ...r, gzip: await gzipSize(r.path) });
    return { renderMs, firstRenderMs: seen, fcpMs, js, jsGzip: js.reduce((sum, r) => sum + r.gzip, 0) };
  } finally {
    await context.close();
  }
}

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** `runs` cold loads of one page: medians of its render time and JS before render, and the files of the first load. */
export async function measureSlowPage(browser, base, path, tags, runs) {
  const loads = [];
  for (let i = 0; i < runs; i++) loads.push(await slowLoad(browser, base, path, tags));
  return {
    renderMs: median(loads.map((l) => l.renderMs)),
    fcpMs: median(loads.map((l) => l.fcpMs)),
    jsGzip: median(loads.map((l) => l.jsGzip)),
    jsFiles: median(loads.map((l) => l.js.length)),
    files: loads[0].js.map((r) => r.path),
  };
}

/**
 * `runs` cold loads of a Spanish page: medians of when Spanish widget text is on screen (the
 * first frame that has it, not before the page's first paint; the first widget, and every
 * widget), first contentful paint (the page stops being blank), and in how many loads a widget
 * ever rendered English.
 */
export async function measureSpanishPage(browser, base, path, tags, runs) {
  const loads = [];
  for (let i = 0; i < runs; i++) loads.push(await slowLoad(browser, base, path, tags));
  const spanishAt = (load, pick) => Math.max(load.fcpMs, pick(...tags.map((tag) => load.firstRenderMs[tag].es ?? NaN)));
  return {
    fcpMs: median(loads.map((l) => l.fcpMs)),
    firstSpanishMs: median(loads.map((l) => spanishAt(l, Math.min))),
    allSpanishMs: median(loads.map((l) => spanishAt(l, Math.max))),
    englishLoads: loads.filter((l) => tags.some((tag) => 'en' in l.firstRenderMs[tag])).length,
    jsGzip: median(loads.map((l) => l.jsGzip)),
    runs,
  };
}

// npm run bench: builds the kit, the kit as it was before the current work (bench/baseline.json)
// and two references with the same Vite config, writes the Shoelace reference's page with the kit's
// content (bench/peer-content.mjs), measures them side by side in one run, and
// measures partner pages at a slow profile (bench/slow-profile.mjs: one card, one summary, all four,
// a Spanish page embedded four ways, the one-card page's bytes by source module), and
// writes bench/REPORT.md and bench/report.json. Options: --runs N (default 9), --no-build,
// --lighthouse-runs N (default 3; 0 skips Lighthouse).
import { execSync } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/browser.mjs';
import { startServer } from '../scripts/serve.mjs';
import { buildBaseline } from './baseline.mjs';
import { measureEmbeds } from './embeds.mjs';
import { startGzipProxy } from './gzip-server.mjs';
import { lighthouseMobile } from './lighthouse.mjs';
import { moduleBreakdown } from './module-breakdown.mjs';
import { PEER_CONTENT_PAGE, writePeerContentPage } from './peer-content.mjs';
import { entryGraph, fileSize, measureKit } from './sizes.mjs';
import { REFERENCE_TAGS, SPANISH_EMBEDS, SPANISH_TAGS, WIDGET_SETS, writeSlowPages } from './slow-pages.mjs';
import { SLOW_PROFILE, measureSlowPage, measureSpanishPage } from './slow-profile.mjs';
import { startTrace, summarizeTrace } from './trace.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const runs = option('--runs', 9);
const lighthouseRuns = option('--lighthouse-runs', 3);
const started = Date.now();
const log = (line) => process.stderr.write(`bench: ${line}\n`);

/** Targets from the issues; sizes in KB of 1,000 bytes, as the issues state them. */
export const targets = {
  esFirstLoadGzip: 17_500,
  esFirstLoadStretchGzip: 15_000,
  esFirstLoadVsPeer: 0.4,
  localeChunkGzip: 4_000,
  standaloneGzip: 55_000,
  loadLayoutVsPeer: 1.5,
  renderVsPeer: 0.8,
  renderVsFloor: 3,
  switchVsBaseline: 0.55,
  longestTaskMs: 150,
  lighthouseTbtMs: 60,
  englishFaces: 3,
  cls: 0,
  // Issue 22: JavaScript a page fetches before its widgets render (gzip), and the one-card page's first render.
  oneCardJsGzip: 12_500,
  oneCardJsStretchGzip: 11_000,
  oneSummaryJsGzip: 13_500,
  allFourJsGzip: 20_900,
  oneCardRenderVsBefore: 0.75,
};

// ---------------------------------------------------------------- build
const sh = (command, env = {}) => execSync(command, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
if (!args.includes('--no-build')) sh('npm run build');
for (const reference of ['lit-floor', 'shoelace']) sh('npx vite build --mode reference', { KYR_REFERENCE: reference });
await copyFile(`${root}node_modules/@shoelace-style/shoelace/dist/themes/light.css`, `${root}bench/.out/shoelace/light.css`);
const { ref: baselineRef, $comment: baselineWhy } = JSON.parse(await readFile(`${root}bench/baseline.json`, 'utf8'));
const baseline = await buildBaseline(baselineRef);
log(`built; baseline ${baseline.commit.slice(0, 7)}`);

// ---------------------------------------------------------------- pages
// The kit's bench page (bench/pages/kit.html) for today's build and the baseline's; pages as a CMS
// pastes the snippet (script in <body>, no render blocking) for Lighthouse; and bare pages in
// each language for the font setup.
const TAGS = ['kyr-language-picker', 'kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer'];
const LOCALES = ['en', 'es', 'zh-Hans', 'zh-Hant', 'ru', 'bn', 'ht', 'ko', 'ar', 'ur', 'fr', 'pl'];
const builds = { kit: '/dist', baseline: baseline.path };
const pagesDir = `${root}bench/.out/pages`;
await mkdir(pagesDir, { recursive: true });
const kitTemplate = await readFile(`${root}bench/pages/kit.html`, 'utf8');
const scriptTag = (dir, build) =>
  build === 'standalone' ? `<script src="${dir}/kyr-widgets.standalone.js" defer></script>` : `<script type="module" src="${dir}/kyr-widgets.js"></script>`;
for (const [name, dir] of Object.entries(builds)) {
  // Each build with its own plain fallbacks and fallback styles, as the README has partners paste them.
  const fallbacks = await Promise.all(TAGS.map((tag) => readFile(`${root}${dir.slice(1)}/prerendered/en/${tag.slice(4)}.fallback.html`, 'utf8')));
  const kitPage = kitTemplate
    .replaceAll('/dist/', `${dir}/`)
    .replace('<!-- fallbacks -->', fallbacks.join('\n'))
    .replace('href="bench.css"', 'href="/bench/pages/bench.css"')
    .replace('src="harness.js"', 'src="/bench/pages/harness.js"');
  await writeFile(`${pagesDir}/${name}.html`, kitPage);
  for (const build of ['es', 'standalone']) {
    await writeFile(
      `${pagesDir}/cms-${name}-${build}.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner page</title>
<link rel="stylesheet" href="/dist/themes/fallback.css"></head><body style="margin:8px;font:18px/1.6 Georgia,serif"><h1>Community legal help</h1><p>Our page's own text, above the widgets.</p>
${scriptTag(dir, build)}
${TAGS.map((tag) => `<${tag}><div class="kyr-fallback"><p>Know your rights: nyc.gov/KnowYourRights</p></div></${tag}>`).join('\n')}
<p>Our page's own text, below the widgets.</p></body></html>`,
    );
  }
  for (const locale of LOCALES) {
    await writeFile(
      `${pagesDir}/fonts-${name}-${locale}.html`,
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Fonts</title>
<link rel="stylesheet" href="/bench/pages/bench.css">${scriptTag(dir, 'es')}</head><body>${TAGS.map((tag) => `<${tag}></${tag}>`).join('\n')}</body></html>`,
    );
  }
}

// Partner pages for the slow profile: one card, one summary, all four, and a Spanish page four ways.
const slowPages = await writeSlowPages({ kit: { dir: '/dist', dist: `${root}dist` }, baseline: { dir: baseline.path, dist: `${root}bench/.out/baseline/dist` } });

// ---------------------------------------------------------------- sizes
const kit = await measureKit(`${root}dist`);
const baselineSizes = {
  es: await entryGraph(`${root}bench/.out/baseline/dist/kyr-widgets.js`),
  standalone: await fileSize(`${root}bench/.out/baseline/dist/kyr-widgets.standalone.js`),
};
const floor = await fileSize(`${root}bench/.out/lit-floor/index.js`);
const peerJs = await fileSize(`${root}bench/.out/shoelace/index.js`);
const peerCss = await fileSize(`${root}bench/.out/shoelace/light.css`);
const peer = { raw: peerJs.raw + peerCss.raw, gzip: peerJs.gzip + peerCss.gzip, brotli: peerJs.brotli + peerCss.brotli };

// ---------------------------------------------------------------- speed
const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const { server, url } = await startServer(0);
// Read from the kit's page as it renders now, in a browser of its own, before anything is measured.
await writePeerContentPage(url);
const browser = await chromium.launch(chromiumLaunchOptions({ args: ['--enable-precise-memory-info'] }));
const pagePaths = { kit: '/bench/.out/pages/kit.html', baseline: '/bench/.out/pages/baseline.html', peerContent: PEER_CONTENT_PAGE };
const pagePath = (target) => pagePaths[target] ?? `/bench/pages/${target}.html`;

/** Main-thread time so far (ms), from DevTools' Performance domain. */
async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { scriptMs: metric('ScriptDuration'), styleMs: metric('RecalcStyleDuration'), layoutMs: metric('LayoutDuration') };
}
const minus = (a, b) => Object.fromEntries(Object.keys(a).map((key) => [key, a[key] - b[key]]));

async function openTab(throttle = 4) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

async function loadAndRead(page, path) {
  await page.goto(`${url}${path}`);
  // A plain timer in the page, not Playwright's waitForFunction: its helper script would run
  // (tens of ms at 4× CPU) while the page is still being measured.
  const result = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => (window.benchResult ? resolve(window.benchResult) : Date.now() - started > 120_000 ? reject(new Error('timed out')) : setTimeout(check, 100));
        check();
      }),
  );
  if (result.error) throw new Error(`${path}: ${result.error}`);
  return result;
}

/**
 * One cold load (a new tab process: nothing set up, fonts included) traced, then the same page
 * again in that tab (warm), then, for the kit and its baseline, the English → Arabic switch on its
 * own. Metrics of a load are read before anything else happens on the page.
 */
async function measureLoad(target) {
  const { context, page, cdp } = await openTab(4);
  const stop = await startTrace(cdp);
  const cold = await loadAndRead(page, `${pagePath(target)}?target=${target}&mode=load`);
  Object.assign(cold, await mainThread(cdp));
  // Tasks up to the settled render: what the page's load cost, not what the bench did after.
  cold.trace = summarizeTrace(await stop(), { untilMs: cold.settledAt });
  await cdp.send('HeapProfiler.collectGarbage');
  cold.heapMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
  let switched;
  if (target === 'kit' || target === 'baseline') {
    const before = await mainThread(cdp);
    switched = await page.evaluate(() => window.benchSwitch());
    Object.assign(switched, minus(await mainThread(cdp), before));
  }
  const warm = await loadAndRead(page, `${pagePath(target)}?target=${target}&mode=load`);
  // The Performance domain's durations start again with each document.
  Object.assign(warm, await mainThread(cdp));
  await context.close();
  return { cold, warm, switched };
}

async function measureScale(target) {
  const { context, page } = await openTab(1);
  const result = await loadAndRead(page, `${pagePath(target)}?target=${target}&mode=scale`);
  await context.close();
  return result.scale;
}

/** Font setup of a bare page in one language, in a cold tab (trace). */
async function measureFonts(path) {
  const { context, page, cdp } = await openTab(1);
  const stop = await startTrace(cdp);
  await page.goto(`${url}${path}`);
  await page.waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.root') && !document.querySelector(tag).isUpdatePending), TAGS, { timeout: 60_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const summary = summarizeTrace(await stop());
  await context.close();
  return summary;
}

const speed = {};
for (const target of ['kit', 'baseline', 'floor', 'peer', 'peerContent']) {
  const loads = [];
  for (let i = 0; i < runs; i++) loads.push(await measureLoad(target));
  const scales = [];
  if (target !== 'baseline' && target !== 'peerContent') for (let i = 0; i < runs; i++) scales.push(await measureScale(target));
  const pick = (phase, key) => median(loads.map((r) => r[phase][key]));
  const trace = (key) => median(loads.map((r) => r.cold.trace[key]));
  speed[target] = {
    words: pick('cold', 'words'),
    cold: Object.fromEntries(['renderMs', 'scriptMs', 'styleMs', 'layoutMs', 'longTasks', 'longTaskMs', 'longestTaskMs', 'blockingMs', 'heapMB', 'fcp'].map((key) => [key, pick('cold', key)])),
    warm: Object.fromEntries(['renderMs', 'scriptMs', 'styleMs', 'layoutMs', 'longestTaskMs'].map((key) => [key, pick('warm', key)])),
    cls: Math.max(...loads.map((r) => r.cold.cls)),
    trace: {
      ...Object.fromEntries(['familyMatches', 'faceSizeSetups', 'mappedMB', 'fontIpcMs', 'longestTaskMs', 'blockingMs', 'blockingAfterFcpMs'].map((key) => [key, trace(key)])),
      families: loads[0].cold.trace.families,
    },
    scale: scales.length ? Object.fromEntries([1, 10, 100, 1000].map((n) => [n, median(scales.map((s) => s[n]))])) : undefined,
  };
  if (loads[0].switched) {
    speed[target].switch = Object.fromEntries(['switchMs', 'onScreenMs', 'onScreen', 'scriptMs', 'styleMs', 'layoutMs'].map((key) => [key, median(loads.map((r) => r.switched[key]))]));
    speed[target].switch.switchedAll = loads.every((r) => r.switched.switchedAll);
  }
  log(`${target} measured (${runs} cold + warm loads${scales.length ? `, ${runs} scale runs` : ''})`);
}

const fonts = {};
for (const locale of LOCALES) {
  fonts[locale] = { kit: await measureFonts(`/bench/.out/pages/fonts-kit-${locale}.html`), baseline: await measureFonts(`/bench/.out/pages/fonts-baseline-${locale}.html`) };
}
log('font setup measured per language');

const embedRuns = Math.max(3, Math.ceil(runs / 3));
const embeds = await measureEmbeds(browser, url, embedRuns);
log(`embeds measured (${embedRuns} loads each)`);

// The slow profile, served gzip -9 (the bytes on the wire are the bytes counted), `runs` cold loads each.
const gzipProxy = await startGzipProxy(url, { styleHashes: slowPages.styleHashes });
const slow = { profile: SLOW_PROFILE, runs, localeFiles: slowPages.localeFiles, pages: {}, references: {}, spanish: {} };
for (const build of ['kit', 'baseline']) {
  slow.pages[build] = {};
  for (const [set, tags] of Object.entries(WIDGET_SETS)) slow.pages[build][set] = await measureSlowPage(browser, gzipProxy.url, slowPages.pages[build][set], tags, runs);
}
for (const [name, tags] of Object.entries(REFERENCE_TAGS)) slow.references[name] = await measureSlowPage(browser, gzipProxy.url, slowPages.references[name], tags, runs);
log(`slow profile: pages measured (${runs} cold loads each)`);
for (const build of ['kit', 'baseline']) {
  slow.spanish[build] = {};
  for (const [embed] of SPANISH_EMBEDS) {
    const path = slowPages.spanish[build][embed];
    if (path) slow.spanish[build][embed] = await measureSpanishPage(browser, gzipProxy.url, path, SPANISH_TAGS, runs);
  }
}
log(`slow profile: Spanish embeds measured (${runs} cold loads each)`);
gzipProxy.server.close();
// The files the one-card page fetched before its card rendered, by source module.
const onDisk = (path) => `${root}${decodeURIComponent(path).slice(1)}`;
slow.breakdown = Object.fromEntries(await Promise.all(['kit', 'baseline'].map(async (build) => [build, await moduleBreakdown(slow.pages[build]['one-card'].files.map(onDisk))])));
await browser.close();

const lighthouse = lighthouseRuns
  ? await lighthouseMobile(
      ['kit', 'baseline'].flatMap((name) => ['es', 'standalone'].map((build) => ({ label: `${name}-${build}`, url: `${url}/bench/.out/pages/cms-${name}-${build}.html` }))),
      lighthouseRuns,
    )
  : undefined;
if (lighthouse) log(`Lighthouse measured (${lighthouseRuns} runs per page)`);
server.close();

// ---------------------------------------------------------------- report
const es = kit.entries['kyr-widgets'];
const maxLocale = Math.max(...Object.values(kit.locales).map((l) => l.gzip));
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–');
const x = (a, b) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '–');
const count = (value) => (Number.isFinite(value) ? `${Math.round(value)}` : '–');
const ok = (pass) => (pass === undefined ? 'for reference' : pass ? '✅ met' : '❌ missed');
const perCard = (s) => s[1000] / 1000;
const growth = (s) => (s[1000] - s[100]) / (s[100] - s[10]) / 10; // ~1 when each card costs the same
const [K, B, F, P, S] = ['kit', 'baseline', 'floor', 'peer', 'peerContent'].map((t) => speed[t]);
const en = fonts.en.kit;
const [SK, SB] = [slow.pages.kit, slow.pages.baseline];
const jsCheck = (set, target, label) => [`JS fetched before the widgets render: ${label} (ES entry in \`<body>\`, slow profile), gzip`, kb(SK[set].jsGzip), `≤ ${kb(target)}`, SK[set].jsGzip <= target];

const checks = [
  ['ES first load (entry + static imports, English, all four elements), gzip', kb(es.gzip), `≤ ${kb(targets.esFirstLoadGzip)} (stretch ≤ ${kb(targets.esFirstLoadStretchGzip)})`, es.gzip <= targets.esFirstLoadGzip, es.gzip <= targets.esFirstLoadStretchGzip ? ' (stretch met)' : ''],
  ['ES first load vs Shoelace peer (JS + theme CSS), gzip', x(es.gzip, peer.gzip), `≤ ${targets.esFirstLoadVsPeer}×`, es.gzip / peer.gzip <= targets.esFirstLoadVsPeer],
  ['largest locale chunk, gzip', kb(maxLocale), `≤ ${kb(targets.localeChunkGzip)}`, maxLocale <= targets.localeChunkGzip],
  ['standalone (12 locales), gzip', kb(kit.standalone.gzip), `≤ ${kb(targets.standaloneGzip)}`, kit.standalone.gzip <= targets.standaloneGzip],
  ['load layout (cold tab), kit / Shoelace peer with the same content', x(K.cold.layoutMs, S.cold.layoutMs), `≤ ${targets.loadLayoutVsPeer}×`, K.cold.layoutMs / S.cold.layoutMs <= targets.loadLayoutVsPeer],
  [`load layout (cold tab), kit / ${count(P.words)}-word Shoelace card, as in earlier reports`, x(K.cold.layoutMs, P.cold.layoutMs), `(was ≤ ${targets.loadLayoutVsPeer}×)`, undefined],
  ['settled render (cold tab), kit / Shoelace peer with the same content', x(K.cold.renderMs, S.cold.renderMs), `≤ ${targets.renderVsPeer}×`, K.cold.renderMs / S.cold.renderMs <= targets.renderVsPeer],
  [`settled render (cold tab), kit / ${count(P.words)}-word Shoelace card, as in earlier reports`, x(K.cold.renderMs, P.cold.renderMs), `(was ≤ ${targets.renderVsPeer}×)`, undefined],
  ['settled render (cold tab), kit / floor', x(K.cold.renderMs, F.cold.renderMs), `≤ ${targets.renderVsFloor}×`, K.cold.renderMs / F.cold.renderMs <= targets.renderVsFloor],
  ['switch English → Arabic (chunk cached), until the widgets on screen have switched, kit / before', x(K.switch.onScreenMs, B.switch.onScreenMs), `≤ ${targets.switchVsBaseline}×`, K.switch.onScreenMs / B.switch.onScreenMs <= targets.switchVsBaseline],
  ['switch English → Arabic (chunk cached), until every widget has switched (off-screen ones when near or idle), kit / before', x(K.switch.switchMs, B.switch.switchMs), '', undefined],
  ['longest task during load (4× CPU, trace, median)', ms(K.trace.longestTaskMs), `≤ ${targets.longestTaskMs} ms`, K.trace.longestTaskMs <= targets.longestTaskMs],
  ...(lighthouse
    ? ['es', 'standalone'].map((build) => [`Lighthouse mobile TBT, ${build === 'es' ? 'ES' : 'standalone'} build (snippet in \`<body>\`)`, ms(lighthouse[`kit-${build}`].tbtMs), `≤ ${targets.lighthouseTbtMs} ms`, lighthouse[`kit-${build}`].tbtMs <= targets.lighthouseTbtMs])
    : []),
  ['font faces set up by an English page (trace: face/size setups; faces)', `${en.faceSizeSetups} setups, ${en.filesMapped} faces`, `≤ ${targets.englishFaces} faces`, en.filesMapped <= targets.englishFaces],
  ['CLS with the recommended fallback content (worst run)', K.cls.toFixed(3), '0', K.cls <= targets.cls],
  ...embeds
    .filter((embed) => embed.kind === 'rendered' || embed.where === 'head')
    .map((embed) => [`CLS: ${embed.label} (worst run)`, embed.cls.toFixed(3), '≤ 0.01', embed.cls <= 0.01]),
  [...jsCheck('one-card', targets.oneCardJsGzip, 'one hotline card'), SK['one-card'].jsGzip <= targets.oneCardJsStretchGzip ? ' (stretch met)' : ` (stretch ≤ ${kb(targets.oneCardJsStretchGzip)})`],
  jsCheck('one-summary', targets.oneSummaryJsGzip, 'one rights summary'),
  jsCheck('all-four', targets.allFourJsGzip, 'all four widgets'),
  ['first render of the one-card page (slow profile), now / before', x(SK['one-card'].renderMs, SB['one-card'].renderMs), `≤ ${targets.oneCardRenderVsBefore}×`, SK['one-card'].renderMs / SB['one-card'].renderMs <= targets.oneCardRenderVsBefore],
  ['growth from 100 to 1,000 cards vs 10 to 100 (1.0 = linear; unthrottled)', growth(K.scale).toFixed(2), '≈ linear', growth(K.scale) < 1.5],
];

const sizeRow = (name, size, files) =>
  `| ${name} | ${size.raw.toLocaleString('en')} | ${size.gzip.toLocaleString('en')} | ${size.brotli.toLocaleString('en')} | ${x(size.gzip, floor.gzip)} | ${x(size.gzip, peer.gzip)} | ${files ?? ''} |`;
const row = (label, get, { unit = ms, ratios = true } = {}) => {
  const [k, b, f, p, s] = [K, B, F, P, S].map((t) => get(t));
  return `| ${label} | ${unit(k)} | ${unit(b)} | ${unit(f)} | ${unit(p)} | ${unit(s)} | ${ratios ? x(k, b) : ''} | ${ratios ? x(k, f) : ''} | ${ratios ? x(k, p) : ''} | ${ratios ? x(k, s) : ''} |`;
};
const mb = (value) => `${value.toFixed(1)} MB`;
const bytes = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en') : '–');
const profile = `${SLOW_PROFILE.cpuThrottling}× CPU, ${SLOW_PROFILE.rttMs} ms RTT, ${SLOW_PROFILE.downloadMbps} Mbps down`;
const SETS = [['one-card', 'one hotline card'], ['one-summary', 'one rights summary'], ['all-four', 'all four widgets']];
const slowPageRow = ([set, label]) => {
  const [n, b] = [SK[set], SB[set]];
  return `| ${label} | ${bytes(n.jsGzip)} (${n.jsFiles}) | ${bytes(b.jsGzip)} (${b.jsFiles}) | ${x(n.jsGzip, b.jsGzip)} | ${ms(n.renderMs)} | ${ms(b.renderMs)} | ${x(n.renderMs, b.renderMs)} |`;
};
const referenceRow = (name, label) => {
  const [r, card] = [slow.references[name], SK['one-card']];
  return `| ${label} | ${bytes(r.jsGzip)} (${r.jsFiles}) | ${ms(r.renderMs)} | ${x(card.jsGzip, r.jsGzip)} | ${x(card.renderMs, r.renderMs)} |`;
};
const spanishRow = ([embed, label]) => {
  const [n, b] = [slow.spanish.kit[embed], slow.spanish.baseline[embed]];
  if (!n) return `| ${label} | – | – | | | | | |`;
  const body = slow.spanish.kit.body;
  const english = (r) => (r ? `${r.englishLoads} of ${r.runs}` : '–');
  return `| ${label} | ${ms(n.firstSpanishMs)} | ${ms(b?.firstSpanishMs)} | ${x(n.firstSpanishMs, b?.firstSpanishMs)} | ${x(n.firstSpanishMs, body.firstSpanishMs)} | ${ms(n.allSpanishMs)} | ${ms(n.fcpMs)} | ${ms(b?.fcpMs)} | ${x(n.fcpMs, body.fcpMs)} | ${english(n)} | ${english(b)} |`;
};
const [BN, BB] = [slow.breakdown.kit, slow.breakdown.baseline];
const breakdownRow = (group) => {
  const before = BB.groups.find((g) => g.name === group.name);
  const top = group.modules.slice(0, 4).map((m) => `${m.path.replace(/^(src|node_modules)\//, '')} ${bytes(m.raw)}`).join(', ');
  return `| ${group.name} | ${bytes(group.raw)} | ${bytes(group.gzip)} | ${((group.gzip / BN.gzip) * 100).toFixed(0)} % | ${before ? bytes(before.gzip) : '–'} | ${top} |`;
};

const report = `# kyr-widgets: size and speed

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${runs} cold loads per page, medians;
headless Chromium at 375 px with 4× CPU throttling; sizes in bytes, gzip -9 and brotli -11, each file
compressed on its own as it is served; KB = 1,000 bytes). Measured in the same run, with the same Vite
config: the kit **now**; the kit **before** (${baseline.commit.slice(0, 7)}, \`bench/baseline.json\`: ${baselineWhy.replace(/^The kit that `npm run bench` measures as "today's" beside the current tree: /, '')}); the **Lit
floor** (one trivial Lit element with @lit/localize); the **peer** (Shoelace 2.20.1 card + select +
option + details + button, plus its light theme CSS); and the **peer with the same content**: the same
Shoelace bundle and theme showing the English words of the kit's bench page, read from the kit as it
renders (\`bench/peer-content.mjs\`) and laid out as a Shoelace developer would build them: a card per
widget, each section an open details, call links and answers as buttons, the picker a select of the
twelve languages. The load targets compare the kit with it; the ratios to the one card stay for reference.

## Targets

| measure | now | target | |
|---|---|---|---|
${checks.map(([name, value, target, pass, note = '']) => `| ${name} | ${value} | ${target} | ${ok(pass)}${note} |`).join('\n')}

## Sizes

| file | raw | gzip | brotli | gzip vs floor | gzip vs peer | files |
|---|---:|---:|---:|---:|---:|---|
${sizeRow('**ES first load**: kyr-widgets.js + static imports', es, es.files.length)}
${sizeRow(`ES first load before (${baseline.commit.slice(0, 7)})`, baselineSizes.es, baselineSizes.es.files.length)}
${Object.entries(kit.entries)
  .filter(([name]) => name !== 'kyr-widgets')
  .map(([name, size]) => sizeRow(`per-element entry ${name}.js + static imports`, size, size.files.length))
  .join('\n')}
${sizeRow('**standalone** kyr-widgets.standalone.js (all 12 locales)', kit.standalone, 1)}
${sizeRow(`standalone before (${baseline.commit.slice(0, 7)})`, baselineSizes.standalone, 1)}
${Object.entries(kit.locales)
  .map(([name, size]) => sizeRow(`locale chunk ${name}`, size, 1))
  .join('\n')}
${sizeRow('Lit floor (reference)', floor, 1)}
${sizeRow('Shoelace peer JS (reference)', peerJs, 1)}
${sizeRow('Shoelace peer JS + theme CSS (reference)', peer, 2)}

## Speed

Loads at 4× CPU. **Cold**: a new tab process (nothing set up: fonts, code caches); **warm**: the same
page loaded again in that tab. "Settled render": from the request for the script until every element
has rendered and a frame has passed with no update pending and no change in the page's size. The load's
metrics are read before anything else happens on the page; the language switch is measured after, on
its own. The kit's page shows ${count(K.words)} words, the peer's ${count(P.words)}, the same-content peer's ${count(S.words)} and the floor's
${count(F.words)}: per-100-word rows compare the work per word shown.

| measure (median of ${runs}) | now | before | Lit floor | Shoelace peer | Shoelace, same content | now / before | now / floor | now / peer | now / same content |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${row('words on the page', (t) => t.words, { unit: count, ratios: false })}
${row('settled render, cold', (t) => t.cold.renderMs)}
${row('settled render, warm', (t) => t.warm.renderMs)}
${row('main thread: script, cold', (t) => t.cold.scriptMs)}
${row('main thread: style, cold', (t) => t.cold.styleMs)}
${row('main thread: layout, cold', (t) => t.cold.layoutMs)}
${row('main thread: layout, warm', (t) => t.warm.layoutMs)}
${row('layout per 100 words, cold', (t) => t.cold.layoutMs / (t.words / 100))}
${row('style + layout per 100 words, cold', (t) => (t.cold.styleMs + t.cold.layoutMs) / (t.words / 100))}
${row('settled render per 100 words, cold', (t) => t.cold.renderMs / (t.words / 100))}
${row('longest task (trace)', (t) => t.trace.longestTaskMs)}
${row('blocking time: Σ(task − 50 ms), from navigation (trace)', (t) => t.trace.blockingMs)}
${row('blocking time after first contentful paint (trace)', (t) => t.trace.blockingAfterFcpMs)}
${row('long tasks (PerformanceObserver, count)', (t) => t.cold.longTasks, { unit: count, ratios: false })}
${row('font families matched (trace)', (t) => t.trace.familyMatches, { unit: count })}
${row('font face/size setups (trace)', (t) => t.trace.faceSizeSetups, { unit: count })}
${row('font files mapped (trace)', (t) => t.trace.mappedMB, { unit: mb })}
${row('time in font round trips to the browser process (trace)', (t) => t.trace.fontIpcMs)}
${row('JS heap after render (after GC)', (t) => t.cold.heapMB, { unit: mb })}
| CLS (worst run) | ${K.cls.toFixed(3)} | ${B.cls.toFixed(3)} | ${F.cls.toFixed(3)} | ${P.cls.toFixed(3)} | ${S.cls.toFixed(3)} | | | | |

Fonts matched on the kit's page now: ${K.trace.families.join(', ') || 'none'}; before: ${B.trace.families.join(', ')}.

### Switching every widget English → Arabic (chunk cached, after the load)

| measure (median of ${runs}) | now | before | now / before |
|---|---:|---:|---:|
| until the widgets on screen (${count(K.switch.onScreen)} of 4) have re-rendered and laid out | ${ms(K.switch.onScreenMs)} | ${ms(B.switch.onScreenMs)} | ${x(K.switch.onScreenMs, B.switch.onScreenMs)} |
| until every widget has re-rendered and laid out (the kit's off-screen ones when near or idle) | ${ms(K.switch.switchMs)} | ${ms(B.switch.switchMs)} | ${x(K.switch.switchMs, B.switch.switchMs)} |
| main thread: script | ${ms(K.switch.scriptMs)} | ${ms(B.switch.scriptMs)} | ${x(K.switch.scriptMs, B.switch.scriptMs)} |
| main thread: style | ${ms(K.switch.styleMs)} | ${ms(B.switch.styleMs)} | ${x(K.switch.styleMs, B.switch.styleMs)} |
| main thread: layout | ${ms(K.switch.layoutMs)} | ${ms(B.switch.layoutMs)} | ${x(K.switch.layoutMs, B.switch.layoutMs)} |

### Font setup per page language (cold tab, trace; the four widgets alone)

| language | families matched now / before | face/size setups now / before | font files mapped now / before | families now |
|---|---:|---:|---:|---|
${LOCALES.map((locale) => {
  const { kit: n, baseline: b } = fonts[locale];
  return `| ${locale} | ${n.familyMatches} / ${b.familyMatches} | ${n.faceSizeSetups} / ${b.faceSizeSetups} | ${n.filesMapped}, ${mb(n.mappedMB)} / ${b.filesMapped}, ${mb(b.mappedMB)} | ${n.families.join(', ')} |`;
}).join('\n')}

${lighthouse
  ? `### Lighthouse (mobile defaults: simulated 4× CPU and slow 4G; median of ${lighthouseRuns})

The four widgets pasted as a CMS pastes the snippet (script in \`<body>\`, plain fallback, English page).

| build | total blocking time now | before | longest task now | before |
|---|---:|---:|---:|---:|
${['es', 'standalone'].map((build) => `| ${build === 'es' ? 'ES' : 'standalone'} | ${ms(lighthouse[`kit-${build}`].tbtMs)} | ${ms(lighthouse[`baseline-${build}`].tbtMs)} | ${ms(lighthouse[`kit-${build}`].longestTaskMs)} | ${ms(lighthouse[`baseline-${build}`].longestTaskMs)} |`).join('\n')}
`
  : ''}
### Rendering 1 to 1,000 elements (unthrottled)

| measure (median of ${runs}) | kit (hotline cards) | Lit floor | Shoelace peer (cards) | kit / floor | kit / peer |
|---|---:|---:|---:|---:|---:|
${[1, 10, 100, 1000]
  .map((n) => `| render ${n.toLocaleString('en')} × | ${ms(K.scale[n])} | ${ms(F.scale[n])} | ${ms(P.scale[n])} | ${x(K.scale[n], F.scale[n])} | ${x(K.scale[n], P.scale[n])} |`)
  .join('\n')}
| per card at 1,000 | ${ms(perCard(K.scale))} | ${ms(perCard(F.scale))} | ${ms(perCard(P.scale))} | | |

Growth with the number of cards: ${growth(K.scale).toFixed(2)} (time from 100 to 1,000 cards divided by
ten times the time from 10 to 100; 1.0 is exactly linear).

## Embeds: layout shift and first paint

Each documented way to embed the four widgets, on a partner page at 375 px with 4× CPU (${embedRuns} loads
each; CLS is the worst run, times are medians from navigation start). "Widgets painted" is the first frame
that shows a rendered widget (server-rendered HTML or the script's render), not fallback text.

| embed | CLS | first contentful paint | widgets painted |
|---|---:|---:|---:|
${embeds.map((e) => `| ${e.label} | ${e.cls.toFixed(3)} | ${ms(e.fcpMs)} | ${ms(e.widgetPaintMs)} |`).join('\n')}

A plain text fallback in the \`<body>\` is shorter than the widget that replaces it, so the page moves; a
server-rendered fallback is the widget, so it does not, and it is painted with the page's first paint.

## Slow profile: what a page fetches before its widgets render

${profile}, a cold tab each load, ${runs} loads per page, medians; files served gzip -9 (as a host
serves them: the slow link carries the counted bytes). Partner pages at 375 px with the README's
plain fallback inside each widget and the ES entry pasted in \`<body>\` before them. "JS before render"
is the sum of the gzip -9 sizes of every JavaScript file the page requested (resource timing) before
its last widget first showed rendered content (a frame watcher in the page), with the number of
files; "first render" is that frame, from navigation start.

| page | JS before render now, B (files) | before | now / before | first render now | before | now / before |
|---|---:|---:|---:|---:|---:|---:|
${SETS.map(slowPageRow).join('\n')}

The one-card page beside the references' one-card pages (same partner page, script deferred in \`<body>\`):

| reference | JS before render, B (files) | first render | one-card now / it (bytes) | one-card now / it (time) |
|---|---:|---:|---:|---:|
${referenceRow('floor', 'Lit floor: one Lit element with @lit/localize and one word (bench/references/lit-floor.ts)')}
${referenceRow('peer', 'Shoelace peer card: card + select + details + button, with its theme CSS (bench/pages/peer.html)')}

### Time to Spanish text

An \`<html lang="es">\` page with one hotline card and one rights summary (their Spanish plain
fallback, or the server-rendered widgets), embedded four ways. "Spanish on screen": the first frame
where a widget's rendered shadow root is in Spanish, not before the page's first paint; "blank
until": first contentful paint; "English painted": loads in which a widget ever rendered English.
The Spanish file preloaded now is \`${slow.localeFiles.kit}\` (before: \`${slow.localeFiles.baseline}\`), found from the ES entry's imports.

| embed | Spanish on screen now | before | now / before | now / \`<body>\` | both widgets Spanish now | blank until now | before | now / \`<body>\` | English painted now | before |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${SPANISH_EMBEDS.map(spanishRow).join('\n')}

### The one-card page's JavaScript by source module

The ${BN.files} files the one-card page fetched before its card rendered (${bytes(BN.raw)} B raw, ${bytes(BN.gzip)} B gzip,
each file compressed on its own), attributed byte by byte to source modules with the build's hidden
source maps (bench/module-breakdown.mjs); gzip shared out in proportion to raw bytes within each file.
Bytes no mapping covers, and files without a map, count as glue. "Before" is the same page with the
kit before (${BB.files} files, ${bytes(BB.gzip)} B gzip).

| group | raw B | gzip B (est.) | share | gzip before | largest modules (raw B) |
|---|---:|---:|---:|---:|---|
${BN.groups.map(breakdownRow).join('\n')}
| compressing the files one by one instead of as one file | | ${bytes(BN.separateCompressionCost)} | | ${bytes(BB.separateCompressionCost)} | |

Absolute times drift on shared machines; the ratios to the references and to the kit before, measured
in the same run, are the stable numbers. Reproduce with \`npm run bench\` (about ${Math.ceil((Date.now() - started) / 60000)} minutes here).
`;

await writeFile(`${root}bench/REPORT.md`, report);
await writeFile(
  `${root}bench/report.json`,
  `${JSON.stringify({ date: new Date().toISOString(), runs, baseline, targets, sizes: { kit, baseline: baselineSizes, floor, peerJs, peerCss, peer }, speed, fonts, lighthouse, embeds, slow, checks: checks.map(([name, value, target, pass]) => ({ name, value, target, pass })) }, (key, value) => (key === 'files' && Array.isArray(value) ? value.length : value), 2)}\n`,
);
console.log(report);

// The pages of the slow-profile tables (bench/slow-profile.mjs measures them): partner pages with
// one hotline card, one rights summary or all four widgets, the ES entry pasted in <body> as the
// README shows it, for the kit now and before; the Lit floor's and the Shoelace peer's one-card
// equivalents; and a Spanish page (one card + one rights summary) embedded four ways.
// Nothing here names a chunk: the pages load the entry, and the bench watches what they fetch.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { entryGraph } from './sizes.mjs';

const root = new URL('..', import.meta.url).pathname;
const pagesDir = `${root}bench/.out/pages`;

/** Which widgets each page shows; the bench waits for all of them. */
export const WIDGET_SETS = {
  'one-card': ['kyr-hotline-card'],
  'one-summary': ['kyr-rights-summary'],
  'all-four': ['kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer', 'kyr-language-picker'],
};

/** The Spanish page's widgets. */
export const SPANISH_TAGS = ['kyr-hotline-card', 'kyr-rights-summary'];

/** The Spanish embeds: [key, label]. */
export const SPANISH_EMBEDS = [
  ['head', 'script in `<head>` with `blocking="render"` (the README\'s advice)'],
  ['body', 'script at the end of `<body>`'],
  ['preload', 'script at the end of `<body>` + `<link rel="modulepreload">` of the Spanish file'],
  ['rendered', 'server-rendered widgets + the script at the end of `<body>`'],
];

const head = (lang, extra = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner page</title>
<link rel="stylesheet" href="/bench/pages/partner.css"><link rel="stylesheet" href="/dist/themes/fallback.css">${extra}</head>
<body><h1>Community legal help</h1><p>Our page's own text, above the widgets.</p>\n`;
const foot = `\n<p>Our page's own text, below the widgets.</p></body></html>\n`;
const moduleScript = (dir, attributes = '') => `<script type="module" src="${dir}/kyr-widgets.js"${attributes}></script>`;

/** A widget as the README's snippet pastes it: the element with its plain fallback (today's words). */
const fallback = (locale, tag) => readFile(`${root}dist/prerendered/${locale}/${tag.slice(4)}.fallback.html`, 'utf8');

/**
 * The language file the ES entry loads for `locale`, as a URL path under `dir`: the one a module
 * of the entry's static graph imports; else the one dist/locales.json names; else any chunk's.
 */
export async function startingLocaleFile(distPath, dir, locale) {
  const pattern = new RegExp(`["'\`](\\.{1,2}/(?:[\\w-]+/)*locales/${locale}-[^"'\`/]+\\.js)["'\`]`);
  const { files } = await entryGraph(join(distPath, 'kyr-widgets.js'));
  for (const file of files) {
    const match = (await readFile(file, 'utf8')).match(pattern);
    if (match) return `${dir}/${relative(distPath, resolve(dirname(file), match[1]))}`;
  }
  const listed = join(distPath, 'locales.json');
  if (existsSync(listed)) {
    const path = JSON.parse(await readFile(listed, 'utf8'))[locale];
    if (path) return `${dir}/${path}`;
  }
  throw new Error(`no ${locale} language file found for ${distPath}/kyr-widgets.js`);
}

/**
 * Writes every slow-profile page; returns their URL paths: `{ pages: { [build]: { [set]: path } },
 * references: { floor, peer }, spanish: { [build]: { [embed]: path | undefined } }, localeFiles,
 * styleHashes: { [path]: style-src hashes of its server-rendered widgets } }`.
 * `builds` maps a build's name to `{ dir: URL path, dist: folder on disk }`.
 */
export async function writeSlowPages(builds) {
  await mkdir(pagesDir, { recursive: true });
  const out = { pages: {}, spanish: {}, localeFiles: {}, references: {}, styleHashes: {} };
  const write = async (name, html) => {
    await writeFile(`${pagesDir}/${name}.html`, html);
    return `/bench/.out/pages/${name}.html`;
  };
  for (const [build, { dir, dist }] of Object.entries(builds)) {
    out.pages[build] = {};
    for (const [set, tags] of Object.entries(WIDGET_SETS)) {
      const widgets = await Promise.all(tags.map((tag) => fallback('en', tag)));
      out.pages[build][set] = await write(`slow-${build}-${set}`, `${head('en')}${moduleScript(dir)}\n${widgets.join('\n')}${foot}`);
    }
    const localeFile = await startingLocaleFile(dist, dir, 'es');
    out.localeFiles[build] = localeFile;
    const plain = (await Promise.all(SPANISH_TAGS.map((tag) => fallback('es', tag)))).join('\n');
    const renderedFiles = SPANISH_TAGS.map((tag) => `${dist}/prerendered/es/${tag.slice(4)}.html`);
    // The build's own server-rendered HTML, which its script hydrates (none if the build has none).
    const rendered = renderedFiles.every(existsSync) ? (await Promise.all(renderedFiles.map((f) => readFile(f, 'utf8')))).join('\n') : undefined;
    out.spanish[build] = {
      head: await write(`slow-es-${build}-head`, `${head('es', moduleScript(dir, ' blocking="render"'))}${plain}${foot}`),
      body: await write(`slow-es-${build}-body`, `${head('es')}${plain}\n${moduleScript(dir)}${foot}`),
      preload: await write(`slow-es-${build}-preload`, `${head('es')}${plain}\n<link rel="modulepreload" href="${localeFile}">\n${moduleScript(dir)}${foot}`),
      rendered: rendered && (await write(`slow-es-${build}-rendered`, `${head('es')}${rendered}\n${moduleScript(dir)}${foot}`)),
    };
    // The server-rendered page is served with its styles' hashes, as the README says to.
    if (rendered) out.styleHashes[out.spanish[build].rendered] = JSON.parse(await readFile(`${dist}/prerendered/csp.json`, 'utf8'))['style-src'];
  }
  // The references' one-card pages: the same partner page, each kit's classic script deferred.
  out.references.floor = await write('slow-floor-one-card', `${head('en')}<script src="/bench/.out/lit-floor/index.js" defer></script>\n<bench-floor></bench-floor>${foot}`);
  const peerCard = (await readFile(`${root}bench/pages/peer.html`, 'utf8')).match(/<sl-card>[\s\S]*<\/sl-card>/)[0];
  out.references.peer = await write(
    'slow-peer-one-card',
    `${head('en', '<link rel="stylesheet" href="/bench/.out/shoelace/light.css">')}<script src="/bench/.out/shoelace/index.js" defer></script>\n${peerCard}${foot}`,
  );
  return out;
}

/** The custom elements each reference's one-card page waits for. */
export const REFERENCE_TAGS = { floor: ['bench-floor'], peer: ['sl-card', 'sl-select', 'sl-details', 'sl-button'] };

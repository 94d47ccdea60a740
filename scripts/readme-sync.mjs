// Keeps the generated blocks of README.md and docs/*.md in step with their sources, between
// `<!-- NAME:start … -->` and `<!-- NAME:end -->` markers (a block works the same in any of those files):
//   quickstart      the README's first snippet: the pinned ES build and a hotline card with its fallback
//   api             a short element reference, from custom-elements.json (so it never drifts from the JSDoc)
//   tokens          the design tokens (--kyr-*), from custom-elements.json, which has them from src/styles/tokens.ts
//   embed           the pinned embed snippets: version from package.json, sha384 integrity from dist/sri.json,
//                   the hotline card's plain fallback from dist/prerendered/en/hotline-card.fallback.html
//   targets         the bench's targets table, from bench/REPORT.md (met and missed alike)
//   fallbacks       plain fallback content in a page's language: the Spanish hotline card's, from dist/prerendered/es/
//   snippet:PATH    a file of the repo as it is, e.g. the framework apps the integration tests run
// and writes docs/elements/<tag>.md whole, one reference page per element (scripts/element-pages.mjs).
//
//   npm run readme                        rewrites them (needs `npm run build`)
//   node scripts/readme-sync.mjs --check  fails, naming each stale block or page, and writes nothing
//
// The build is reproducible (test/node/release.test.mjs), so the embed's integrity hashes are those
// of `npm run build` at this commit, for the version package.json names: `--check` (in `npm test`)
// compares them too, and a commit that changes the kit's bytes runs `npm run readme` with it. A
// pasted snippet with a stale hash would be refused by the browser.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { elementPages } from './element-pages.mjs';

// KYR_DOCS_ROOT points the script at a copy of the repo (its test checks a scratch copy it can break).
const root = process.env.KYR_DOCS_ROOT ? pathToFileURL(`${process.env.KYR_DOCS_ROOT.replace(/\/$/, '')}/`) : new URL('..', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');
const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The first sentence of a description, for a short table. */
const short = (text = '') => cell(text).replace(/^(.+?\.)(\s.*)?$/, '$1');

async function apiReference() {
  const manifest = JSON.parse(await read('custom-elements.json'));
  const sections = [];
  const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName));
  for (const d of elements.sort((a, b) => a.tagName.localeCompare(b.tagName))) {
    const page = `[Full reference](docs/elements/${d.tagName}.md)`;
    const lines = [`### \`<${d.tagName}>\``, '', `${cell(d.summary ?? d.description)} ${page}.`, ''];
    const properties = new Map((d.members ?? []).filter((m) => m.kind === 'field').map((m) => [m.name, m]));
    const rows = (d.attributes ?? []).map((a) => {
      const property = a.fieldName && a.fieldName !== a.name ? ` / \`.${a.fieldName}\`` : '';
      const type = properties.get(a.fieldName)?.type?.text ?? a.type?.text ?? '';
      return [`\`${a.name}\`${property}`, type ? `\`${type.replace(/ \| undefined$/, '')}\`` : '', short(a.description), a.default ? `\`${a.default}\`` : ''];
    });
    const table = (head, body) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.map(cell).join(' | ')} |`), ''];
    if (rows.length) lines.push(...table(['attribute / property', 'type', 'what it does', 'default'], rows));
    const events = (d.events ?? []).map((e) => [`\`${e.name}\``, `\`${e.type?.text ?? 'Event'}\``, short(e.description)]);
    if (events.length) lines.push(...table(['event', 'type', 'when'], events));
    sections.push(lines.join('\n').trimEnd());
  }
  return sections.join('\n\n');
}

/**
 * Every design token with its default and what it styles, and the elements that read it: the
 * union of the elements' `cssProperties` (written from the tokens table, src/styles/tokens.ts).
 */
async function tokensTable() {
  const manifest = JSON.parse(await read('custom-elements.json'));
  const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName));
  const rows = new Map();
  // Each element lists its tokens in the table's order; the one that reads the most sets the order.
  for (const d of [...elements].sort((a, b) => (b.cssProperties?.length ?? 0) - (a.cssProperties?.length ?? 0))) {
    for (const p of d.cssProperties ?? []) if (!rows.has(p.name)) rows.set(p.name, { ...p, tags: [] });
  }
  for (const d of [...elements].sort((a, b) => a.tagName.localeCompare(b.tagName))) for (const p of d.cssProperties ?? []) rows.get(p.name).tags.push(`\`<${d.tagName}>\``);
  const readBy = (tags) => (tags.length === elements.length ? 'all' : tags.join(', '));
  return [
    '| property | default | what it styles | read by |',
    '|---|---|---|---|',
    ...[...rows.values()].map((p) => `| \`${p.name}\` | \`${cell(p.default)}\` | ${cell(p.description)} | ${readBy(p.tags)} |`),
  ].join('\n');
}

/** The hotline card's plain fallback in English (dist/prerendered/en/), with phone number and hours. */
const hotlineFallback = () => read('dist/prerendered/en/hotline-card.fallback.html').then((text) => text.trim());

/** The self-hosted snippet: the pinned ES build, the fallback styles and the hotline card with its fallback. */
async function selfHostedSnippet() {
  const sri = JSON.parse(await read('dist/sri.json'));
  return [
    '```html',
    `<script type="module" src="/kyr-widgets/kyr-widgets.js" blocking="render"`,
    `  integrity="${sri['kyr-widgets.js']}" crossorigin="anonymous"></script>`,
    '<link rel="stylesheet" href="/kyr-widgets/themes/fallback.css" />',
    await hotlineFallback(),
    '```',
  ];
}

async function embed() {
  const pkg = JSON.parse(await read('package.json'));
  const sri = JSON.parse(await read('dist/sri.json'));
  const cdn = `https://cdn.jsdelivr.net/npm/kyr-widgets@${pkg.version}/dist`;
  return [
    `Self-hosted (the release's \`dist/\` folder uploaded to your site as \`/kyr-widgets/\`; no other server sees your readers):`,
    '',
    ...(await selfHostedSnippet()),
    '',
    `From a CDN (jsDelivr serves every npm release of the kit; it sees your readers' addresses), the standalone build (one classic file, all twelve languages inside):`,
    '',
    '```html',
    `<script src="${cdn}/kyr-widgets.standalone.js" defer blocking="render"`,
    `  integrity="${sri['kyr-widgets.standalone.js']}" crossorigin="anonymous"></script>`,
    `<link rel="stylesheet" href="${cdn}/themes/fallback.css" />`,
    await hotlineFallback(),
    '```',
  ].join('\n');
}

/** A plain fallback in another language than English, as the build writes one for every element and locale. */
async function fallbacks() {
  const spanish = (await read('dist/prerendered/es/hotline-card.fallback.html')).trim();
  return [
    'On a Spanish page (`<html lang="es">`), from `dist/prerendered/es/hotline-card.fallback.html`:',
    '',
    '```html',
    spanish,
    '```',
  ].join('\n');
}

/**
 * The README's first snippet: the self-hosted one of the embed block, with the hotline card's
 * fallback cut to its name, its call link and its source line with the date it was seen (the
 * whole fallback, hours and Save contact too, is in the embed block).
 */
async function quickstart() {
  const lines = (await hotlineFallback()).split('\n');
  const sourceFrom = lines.findIndex((line) => line.startsWith('Source:'));
  if (sourceFrom < 0) throw new Error('the hotline card\'s fallback has no source line');
  const short = lines.filter((line, i) => /^<\/?(kyr-|div)|^<h2>|^<a href="tel:/.test(line) || (i >= sourceFrom && /^(Source:|<\/?ul>|<li>)/.test(line)));
  return (await selfHostedSnippet()).map((line) => (line.startsWith('<kyr-hotline-card') ? short.join('\n') : line)).join('\n');
}

async function targets() {
  const report = await read('bench/REPORT.md');
  const table = /## Targets\n\n((?:\|.*\n)+)/.exec(report)?.[1];
  if (!table) throw new Error('bench/REPORT.md has no "## Targets" table');
  const date = /on (\d{4}-\d{2}-\d{2})/.exec(report)?.[1] ?? 'its last run';
  return `From \`bench/REPORT.md\` (\`npm run bench\`, ${date}):\n\n${table.trimEnd()}`;
}

const fence = { tsx: 'tsx', ts: 'ts', vue: 'vue', svelte: 'svelte', astro: 'astro', js: 'js', mjs: 'js', html: 'html', json: 'json' };
async function snippet(path) {
  const text = await read(path);
  return `\`\`\`${fence[path.split('.').pop()] ?? ''}\n// ${path}\n${text.trimEnd()}\n\`\`\``
    .replace(/^```(vue|svelte|html)\n\/\/ (.*)$/m, '```$1\n<!-- $2 -->')
    // An Astro component opens with its frontmatter fence: the path goes inside it, as a comment.
    .replace(/^```astro\n(\/\/ .*)\n---\n/m, '```astro\n---\n$1\n');
}

/** Every block of one Markdown file: [name, content]. */
async function blocks(text, file) {
  const found = [];
  // Brackets too: a Next.js route folder (`app/[lang]/page.tsx`).
  for (const match of text.matchAll(/<!-- ([\w:./[\]-]+):start[^>]*-->/g)) {
    const name = match[1];
    let content;
    if (name === 'quickstart') content = await quickstart();
    else if (name === 'api') content = await apiReference();
    else if (name === 'tokens') content = await tokensTable();
    else if (name === 'embed') content = await embed();
    else if (name === 'targets') content = await targets();
    else if (name === 'fallbacks') content = await fallbacks();
    else if (name.startsWith('snippet:')) content = await snippet(name.slice('snippet:'.length));
    else throw new Error(`${file}: unknown block "${name}"`);
    found.push([name, content]);
  }
  return found;
}

function replaceBlock(text, name, content, file) {
  const start = new RegExp(`<!-- ${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:start[^>]*-->`);
  const match = start.exec(text);
  const end = `<!-- ${name}:end -->`;
  const endAt = match ? text.indexOf(end, match.index) : -1;
  if (!match || endAt < 0) throw new Error(`${file}: "${name}" has no end marker`);
  return `${text.slice(0, match.index + match[0].length)}\n\n${content}\n\n${text.slice(endAt)}`;
}

const check = process.argv.includes('--check');
const documents = await syncDocuments();
const pages = await syncElementPages();

if (check) {
  const stale = [...documents.flatMap(staleBlocks), ...pages.filter((page) => page.now !== page.next).map((page) => page.file)];
  if (stale.length) {
    console.error(`readme-sync: stale: ${stale.join(', ')}; run \`npm run build && npm run readme\``);
    process.exit(1);
  }
  console.log('readme-sync: README.md, docs/*.md and docs/elements/ are up to date, with this build’s integrity hashes');
} else {
  const changed = [...documents, ...pages].filter((doc) => doc.now !== doc.next);
  for (const doc of changed) await writeDoc(doc);
  console.log(`readme-sync: ${changed.length ? `updated ${changed.map((doc) => doc.file).join(', ')}` : 'README.md, docs/*.md and docs/elements/ already up to date'}`);
}

/** The Markdown files that may hold generated blocks: README.md and docs/*.md. */
async function markdownFiles() {
  const docs = await readdir(new URL('docs/', root)).catch(() => []);
  return ['README.md', ...docs.filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)];
}

/** Each Markdown file with its blocks refreshed: `{ file, now, next, names }`. */
async function syncDocuments() {
  const documents = [];
  for (const file of await markdownFiles()) {
    const now = await read(file);
    const found = await blocks(now, file);
    let next = now;
    for (const [name, content] of found) next = replaceBlock(next, name, content, file);
    documents.push({ file, now, next, names: found.map(([name]) => name) });
  }
  return documents;
}

/** The element pages as they are and as the manifest makes them; a page without an element is deleted (`next` null). */
async function syncElementPages() {
  const wanted = elementPages(JSON.parse(await read('custom-elements.json')));
  const existing = (await readdir(new URL('docs/elements/', root)).catch(() => [])).filter((name) => name.endsWith('.md')).map((name) => `docs/elements/${name}`);
  const files = [...new Set([...wanted.keys(), ...existing])].sort();
  return Promise.all(files.map(async (file) => ({ file, now: await read(file).catch(() => null), next: wanted.get(file) ?? null })));
}

/** The blocks of one file that differ from their sources, named `file: "block"`. */
function staleBlocks({ file, now, next, names }) {
  return names.filter((name) => extract(now, name) !== extract(next, name)).map((name) => `${file}: "${name}"`);
}

async function writeDoc({ file, next }) {
  const url = new URL(file, root);
  if (next === null) return rm(url);
  await mkdir(new URL('.', url), { recursive: true });
  return writeFile(url, next);
}

/** The text of one block. */
function extract(text, name) {
  const start = new RegExp(`<!-- ${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:start[^>]*-->`).exec(text);
  return text.slice(start.index, text.indexOf(`<!-- ${name}:end -->`, start.index));
}

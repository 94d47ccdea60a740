// Keeps the generated blocks of README.md and docs/*.md in step with their sources, between
// `<!-- NAME:start … -->` and `<!-- NAME:end -->` markers (a block works the same in any of those files):
//   quickstart      the README's first snippet: the pinned ES build and a hotline card with its fallback
//   api             a short element reference, from custom-elements.json (so it never drifts from the JSDoc)
//   embed           the pinned embed snippets: version from package.json, sha384 integrity from dist/sri.json
//   targets         the bench's targets table, from bench/REPORT.md (met and missed alike)
//   fallbacks       plain fallback content: each element's first example (src/elements/*/*.examples.json)
//   snippet:PATH    a file of the repo as it is, e.g. the framework apps the integration tests run
// and writes docs/elements/<tag>.md whole, one reference page per element (scripts/element-pages.mjs).
//
//   npm run readme                                 rewrites them (needs `npm run build`)
//   node scripts/readme-sync.mjs --check           fails, naming each stale block or page, and writes nothing
//   node scripts/readme-sync.mjs --check --release also requires the embed's hashes to be this build's
//
// The embed pins a release: its hashes change with every code change, so `--check` (in `npm test`)
// compares them only with `--release` (`npm publish` runs it), and `npm version` writes them.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { elementPages } from './element-pages.mjs';
import { readmeFallbacks } from './examples.mjs';

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

async function embed() {
  const pkg = JSON.parse(await read('package.json'));
  const sri = JSON.parse(await read('dist/sri.json'));
  const cdn = `https://cdn.example.org/kyr-widgets@${pkg.version}/dist`;
  return [
    'ES module (every other language loads on demand, from beside the script):',
    '',
    '```html',
    `<script type="module" src="${cdn}/kyr-widgets.js" blocking="render"`,
    `  integrity="${sri['kyr-widgets.js']}" crossorigin="anonymous"></script>`,
    '<kyr-hotline-card></kyr-hotline-card>',
    '```',
    '',
    'Standalone (one classic file, all twelve languages inside):',
    '',
    '```html',
    `<script src="${cdn}/kyr-widgets.standalone.js" defer blocking="render"`,
    `  integrity="${sri['kyr-widgets.standalone.js']}" crossorigin="anonymous"></script>`,
    '<kyr-hotline-card></kyr-hotline-card>',
    '```',
  ].join('\n');
}

/**
 * The README's first snippet: the pinned ES build, then a hotline card with its plain fallback
 * inside, exactly as the fallbacks block writes it, so the first thing a partner copies never
 * shows a blank box.
 */
async function quickstart() {
  const pkg = JSON.parse(await read('package.json'));
  const sri = JSON.parse(await read('dist/sri.json'));
  const cdn = `https://cdn.example.org/kyr-widgets@${pkg.version}/dist`;
  const card = /^<kyr-hotline-card[\s\S]*?^<\/kyr-hotline-card>$/m.exec(readmeFallbacks())?.[0];
  if (!card) throw new Error('the fallbacks block has no <kyr-hotline-card>');
  return [
    '```html',
    `<script type="module" src="${cdn}/kyr-widgets.js"`,
    `  integrity="${sri['kyr-widgets.js']}" crossorigin="anonymous"></script>`,
    card,
    '```',
  ].join('\n');
}

async function targets() {
  const report = await read('bench/REPORT.md');
  const table = /## Targets\n\n((?:\|.*\n)+)/.exec(report)?.[1];
  if (!table) throw new Error('bench/REPORT.md has no "## Targets" table');
  const date = /on (\d{4}-\d{2}-\d{2})/.exec(report)?.[1] ?? 'its last run';
  return `From \`bench/REPORT.md\` (\`npm run bench\`, ${date}):\n\n${table.trimEnd()}`;
}

const fence = { tsx: 'tsx', ts: 'ts', vue: 'vue', svelte: 'svelte', js: 'js', mjs: 'js', html: 'html', json: 'json' };
async function snippet(path) {
  const text = await read(path);
  return `\`\`\`${fence[path.split('.').pop()] ?? ''}\n// ${path}\n${text.trimEnd()}\n\`\`\``.replace(/^```(vue|svelte|html)\n\/\/ (.*)$/m, '```$1\n<!-- $2 -->');
}

/** Every block of one Markdown file: [name, content]. */
async function blocks(text, file) {
  const found = [];
  for (const match of text.matchAll(/<!-- ([\w:./-]+):start[^>]*-->/g)) {
    const name = match[1];
    let content;
    if (name === 'quickstart') content = await quickstart();
    else if (name === 'api') content = await apiReference();
    else if (name === 'embed') content = await embed();
    else if (name === 'targets') content = await targets();
    else if (name === 'fallbacks') content = readmeFallbacks();
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
const release = process.argv.includes('--release');
const documents = await syncDocuments();
const pages = await syncElementPages();

if (check) {
  const stale = [...documents.flatMap(staleBlocks), ...pages.filter((page) => page.now !== page.next).map((page) => page.file)];
  if (stale.length) {
    console.error(`readme-sync: stale: ${stale.join(', ')}; run \`npm run readme\`${release ? ' after `npm run build`' : ''}`);
    process.exit(1);
  }
  console.log(`readme-sync: README.md, docs/*.md and docs/elements/ are up to date${release ? ', with this build’s integrity hashes' : ''}`);
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
  // Without --release the embed's hashes may belong to the release it names, not to this build.
  const comparable = (text) => (release ? text : text.replace(/sha384-[\w+/=]+/g, 'sha384-…'));
  return names.filter((name) => comparable(extract(now, name)) !== comparable(extract(next, name))).map((name) => `${file}: "${name}"`);
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

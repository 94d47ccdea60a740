// Keeps the README's generated blocks in step with their sources, between
// `<!-- NAME:start … -->` and `<!-- NAME:end -->` markers:
//   api             a short element reference, from custom-elements.json (so it never drifts from the JSDoc)
//   embed           the pinned embed snippets: version from package.json, sha384 integrity from dist/sri.json,
//                   the hotline card's plain fallback from dist/prerendered/en/hotline-card.fallback.html
//   targets         the bench's targets table, from bench/REPORT.md (met and missed alike)
//   fallbacks       plain fallback content in a page's language: the Spanish hotline card's, from dist/prerendered/es/
//   snippet:PATH    a file of the repo as it is, e.g. the framework apps the integration tests run
//
//   npm run readme                        rewrites the README (needs `npm run build`)
//   node scripts/readme-sync.mjs --check  fails, naming each stale block, and writes nothing
//
// The build is reproducible (test/node/release.test.mjs), so the embed's integrity hashes are those
// of `npm run build` at this commit, for the version package.json names: `--check` (in `npm test`)
// compares them too, and a commit that changes the kit's bytes runs `npm run readme` with it. A
// pasted snippet with a stale hash would be refused by the browser.
import { readFile, writeFile } from 'node:fs/promises';

const root = new URL('..', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');
const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The first sentence of a description, for a short table. */
const short = (text = '') => cell(text).replace(/^(.+?\.)(\s.*)?$/, '$1');

async function apiReference() {
  const manifest = JSON.parse(await read('custom-elements.json'));
  const sections = [];
  const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName));
  for (const d of elements.sort((a, b) => a.tagName.localeCompare(b.tagName))) {
    const lines = [`### \`<${d.tagName}>\``, '', cell(d.summary ?? d.description), ''];
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

/** The hotline card's plain fallback in English (dist/prerendered/en/), with phone number and hours. */
const hotlineFallback = () => read('dist/prerendered/en/hotline-card.fallback.html').then((text) => text.trim());

async function embed() {
  const pkg = JSON.parse(await read('package.json'));
  const sri = JSON.parse(await read('dist/sri.json'));
  const fallback = await hotlineFallback();
  const cdn = `https://cdn.jsdelivr.net/npm/kyr-widgets@${pkg.version}/dist`;
  return [
    `Self-hosted (the release's \`dist/\` folder uploaded to your site as \`/kyr-widgets/\`; no other server sees your readers):`,
    '',
    '```html',
    `<script type="module" src="/kyr-widgets/kyr-widgets.js" blocking="render"`,
    `  integrity="${sri['kyr-widgets.js']}" crossorigin="anonymous"></script>`,
    '<link rel="stylesheet" href="/kyr-widgets/themes/fallback.css" />',
    fallback,
    '```',
    '',
    `From a CDN (jsDelivr serves every npm release of the kit; it sees your readers' addresses), the standalone build (one classic file, all twelve languages inside):`,
    '',
    '```html',
    `<script src="${cdn}/kyr-widgets.standalone.js" defer blocking="render"`,
    `  integrity="${sri['kyr-widgets.standalone.js']}" crossorigin="anonymous"></script>`,
    `<link rel="stylesheet" href="${cdn}/themes/fallback.css" />`,
    fallback,
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

/** Every block of the README: [name, start marker, content]. */
async function blocks(readme) {
  const found = [];
  for (const match of readme.matchAll(/<!-- ([\w:./-]+):start[^>]*-->/g)) {
    const name = match[1];
    let content;
    if (name === 'api') content = await apiReference();
    else if (name === 'embed') content = await embed();
    else if (name === 'targets') content = await targets();
    else if (name === 'fallbacks') content = await fallbacks();
    else if (name.startsWith('snippet:')) content = await snippet(name.slice('snippet:'.length));
    else throw new Error(`README.md: unknown block "${name}"`);
    found.push([name, content]);
  }
  return found;
}

function replaceBlock(text, name, content) {
  const start = new RegExp(`<!-- ${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:start[^>]*-->`);
  const match = start.exec(text);
  const end = `<!-- ${name}:end -->`;
  const endAt = match ? text.indexOf(end, match.index) : -1;
  if (!match || endAt < 0) throw new Error(`README.md: "${name}" has no end marker`);
  return `${text.slice(0, match.index + match[0].length)}\n\n${content}\n\n${text.slice(endAt)}`;
}

const check = process.argv.includes('--check');
const readmeUrl = new URL('README.md', root);
const readme = await readFile(readmeUrl, 'utf8');
let next = readme;
for (const [name, content] of await blocks(readme)) next = replaceBlock(next, name, content);

if (check) {
  const stale = [];
  for (const [name] of await blocks(readme)) {
    if (extract(readme, name) !== extract(next, name)) stale.push(name);
  }
  if (stale.length) {
    console.error(`readme-sync: README.md is stale in ${stale.map((name) => `"${name}"`).join(', ')}; run \`npm run build && npm run readme\``);
    process.exit(1);
  }
  console.log('readme-sync: README.md is up to date, with this build’s integrity hashes');
} else {
  if (next !== readme) await writeFile(readmeUrl, next);
  console.log(`readme-sync: README.md ${next === readme ? 'already up to date' : 'updated'}`);
}

/** The text of one block. */
function extract(text, name) {
  const start = new RegExp(`<!-- ${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:start[^>]*-->`).exec(text);
  return text.slice(start.index, text.indexOf(`<!-- ${name}:end -->`, start.index));
}

// Keeps the README's generated parts in step with the build: the element reference
// (from custom-elements.json, so it never drifts from the JSDoc), the pinned
// embed snippets (version and sha384 integrity from package.json and dist/sri.json)
// and the fallback content (each element's first example, src/elements/*/*.examples.json).
import { readFile, writeFile } from 'node:fs/promises';
import { exampleHtml, loadExamples } from './examples.mjs';

const root = new URL('..', import.meta.url);
const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const sections = [];
for (const module of manifest.modules) {
  for (const d of module.declarations ?? []) {
    if (!d.customElement || !d.tagName) continue;
    const lines = [`### \`<${d.tagName}>\``, '', cell(d.summary ?? d.description), ''];
    const table = (title, head, rows) => {
      if (!rows.length) return;
      lines.push(`**${title}**`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), '');
    };
    table('Attributes', ['attribute', 'description', 'default'], (d.attributes ?? []).map((a) => [`\`${a.name}\``, a.description, a.default ? `\`${a.default}\`` : '']));
    table('Events', ['event', 'description'], (d.events ?? []).map((e) => [`\`${e.name}\``, e.description]));
    table('CSS parts', ['part', 'description'], (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description]));
    table('CSS custom properties', ['property', 'description', 'default'], (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description, p.default ? `\`${p.default}\`` : '']));
    sections.push(lines.join('\n'));
  }
}

const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const sri = JSON.parse(await readFile(new URL('dist/sri.json', root), 'utf8'));
const cdn = `https://cdn.example.org/kyr-widgets@${pkg.version}/dist`;
const embed = [
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

/** Each element's first (default) example, as a partner writes it: the element with its fallback inside. */
function fallbackBlock(sets = loadExamples()) {
  // Wraps at spaces between words, never inside a tag, continuing lines under the text.
  const wrap = (html) => {
    const lines = [''];
    for (const word of html.match(/(?:<[^>]*>|[^\s<])+/g) ?? []) {
      if (lines.at(-1) && lines.at(-1).length + word.length > 88) lines.push('');
      lines[lines.length - 1] += (lines.at(-1) ? ' ' : '') + word;
    }
    return lines.join('\n     ');
  };
  const blocks = sets.map(({ tag, examples: [first] }) => exampleHtml(tag, { ...first, fallback: wrap(first.fallback) }));
  return ['```html', blocks.join('\n\n'), '', FALLBACK_STYLE, '```'].join('\n');
}

/** Space reserved for each widget until it renders (README: no layout shift). */
const FALLBACK_STYLE = `<style>
  kyr-hotline-card:not(:defined) { display: block; min-height: 22rem; }
  kyr-rights-summary:not(:defined) { display: block; min-height: 40rem; }
  kyr-detainer-explainer:not(:defined) { display: block; min-height: 40rem; }
  kyr-language-picker:not(:defined) { display: block; min-height: 44px; }
</style>`;

/** Replaces the text between `<!-- NAME:start … -->` and `<!-- NAME:end -->`. */
function replaceBlock(text, name, content) {
  const start = new RegExp(`<!-- ${name}:start[^>]*-->`);
  const match = start.exec(text);
  const end = `<!-- ${name}:end -->`;
  if (!match || !text.includes(end)) throw new Error(`README.md has no ${name} markers`);
  const before = text.slice(0, match.index + match[0].length);
  const after = text.slice(text.indexOf(end));
  return `${before}\n\n${content}\n\n${after}`;
}

const readmeUrl = new URL('README.md', root);
const readme = await readFile(readmeUrl, 'utf8');
const next = replaceBlock(replaceBlock(replaceBlock(readme, 'api', sections.join('\n\n')), 'embed', embed), 'fallbacks', fallbackBlock());
if (next !== readme) await writeFile(readmeUrl, next);
console.log(`readme-sync: ${sections.length} elements documented; embed pinned to ${pkg.version}`);

// Keeps the README's generated parts in step with the build: the element reference
// (from custom-elements.json, so it never drifts from the JSDoc) and the pinned
// embed snippets (version and sha384 integrity from package.json and dist/sri.json).
import { readFile, writeFile } from 'node:fs/promises';
import { readmeFallbacks } from './examples.mjs';

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
let next = replaceBlock(replaceBlock(readme, 'api', sections.join('\n\n')), 'embed', embed);
// The fallback content: each element's first example (src/elements/*/*.examples.json).
next = replaceBlock(next, 'fallbacks', readmeFallbacks());
if (next !== readme) await writeFile(readmeUrl, next);
console.log(`readme-sync: ${sections.length} elements documented; embed pinned to ${pkg.version}`);

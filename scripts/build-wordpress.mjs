// dist/kyr-widgets-wordpress.zip: the WordPress plugin (integrations/wordpress/) with the built kit
// inside (the ES build and its chunks, the theme presets) and every built-in choice the block and
// the shortcodes offer prerendered in every locale, for PHP to print (it cannot run Lit itself).
// Runs after the Vite builds and postbuild (it needs dist/kyr-widgets.js and dist/npm/ssr.js).
import { rmSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { walk, zipFolder } from './zip.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const source = join(root, 'integrations/wordpress');
// The plugin folder is put together outside dist/ (the npm package ships dist/): only the zip stays.
const staging = await mkdtemp(join(tmpdir(), 'kyr-wordpress-'));
const stage = join(staging, 'kyr-widgets');
process.on('exit', () => rmSync(staging, { recursive: true, force: true }));
const zipPath = join(dist, 'kyr-widgets-wordpress.zip');
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

/** Plugin source files that are not part of the plugin (documentation of this repository). */
const notShipped = new Set(['screenshots', '.gitignore']);

await mkdir(stage, { recursive: true });

// 1. The plugin's own files, with the kit's version written in, and block.json's element, hotline
// and section choices from the kit's lists (dist/kit.json, from src/content/hotlines.ts and the elements).
const kitLists = JSON.parse(await readFile(join(dist, 'kit.json'), 'utf8'));
const jsonList = (names) => names.map((name) => JSON.stringify(name)).join(', ');
const hotlineEnum = jsonList(kitLists.hotlines.ids);
const fromKit = (text) =>
  text
    .replaceAll('@version@', version)
    .replaceAll('"@elements@"', jsonList(Object.keys(kitLists.elements)))
    .replaceAll('"@hotlines@"', hotlineEnum)
    .replaceAll('"@rights-summary-sections@"', jsonList(kitLists.sections['rights-summary']))
    .replaceAll('"@detainer-explainer-sections@"', jsonList(kitLists.sections['detainer-explainer']));
for await (const path of walk(source)) {
  const rel = relative(source, path);
  if (notShipped.has(rel.split('/')[0])) continue;
  const target = join(stage, rel);
  await mkdir(dirname(target), { recursive: true });
  if (/\.(php|json|txt|js|css)$/.test(rel)) await writeFile(target, fromKit(await readFile(path, 'utf8')));
  else await copyFile(path, target);
}
if (/"@[\w-]+@"/.test(await readFile(join(stage, 'block/block.json'), 'utf8'))) throw new Error('build-wordpress: block.json has a list the kit did not fill in');
const header = await readFile(join(stage, 'kyr-widgets.php'), 'utf8');
if (!header.includes(` * Version:           ${version}\n`)) throw new Error('build-wordpress: the plugin header does not carry the version');
await copyFile(join(root, 'LICENSE'), join(stage, 'LICENSE'));

// 2. The kit: the ES build with every file it imports, statically or lazily (one copy of each
// language, not the per-element build's), the theme presets and the language file map.
const kitFiles = new Set();
async function addGraph(path) {
  if (kitFiles.has(path)) return;
  kitFiles.add(path);
  const code = await readFile(path, 'utf8');
  for (const [, specifier] of code.matchAll(/["'`](\.{1,2}\/[\w./-]+\.js)["'`]/g)) await addGraph(resolve(dirname(path), specifier));
}
await addGraph(join(dist, 'kyr-widgets.js'));
const locales = JSON.parse(await readFile(join(dist, 'locales.json'), 'utf8'));
for (const chunk of Object.values(locales)) {
  if (!kitFiles.has(join(dist, chunk))) throw new Error(`build-wordpress: ${chunk} (dist/locales.json) is not in the ES build's graph`);
}
for (const name of await readdir(join(dist, 'themes'))) kitFiles.add(join(dist, 'themes', name));
kitFiles.add(join(dist, 'locales.json'));
// The kit's lists (locales with their names and directions, hotlines), which the PHP reads (includes/locale.php).
kitFiles.add(join(dist, 'kit.json'));
for (const path of kitFiles) {
  const target = join(stage, 'kit', relative(dist, path));
  await mkdir(dirname(target), { recursive: true });
  await copyFile(path, target);
}

// 3. Prerendered widgets. The keys are those of variant() in includes/render.php.
const { renderToString } = await import(join(dist, 'npm/ssr.js'));
const { allLocales } = await import(join(dist, 'npm/i18n/locales.js'));
const sections = kitLists.sections['detainer-explainer'];
const subsets = [];
for (let mask = 1; mask < 1 << sections.length; mask += 1) subsets.push(sections.filter((_, i) => mask & (1 << i)));

const rightsSections = kitLists.sections['rights-summary'];
/** The rights summary's sections in their default order; another order is not prerendered (includes/render.php). */
const rightsSubsets = [];
for (let mask = 1; mask < (1 << rightsSections.length) - 1; mask += 1) rightsSubsets.push(rightsSections.filter((_, i) => mask & (1 << i)));

/** File name → variant key → the element's opening tag as PHP prints it. */
function variantFiles() {
  const files = {};
  for (const level of [2, 3, 4, 5, 6]) {
    const h = level === 2 ? '' : ` heading-level="${level}"`;
    files[`hotline-card.h${level}.php`] = Object.fromEntries(
      kitLists.hotlines.ids.map((id) => [id, `<kyr-hotline-card hotline="${id}"${h}>`]),
    );
    files[`rights-summary.h${level}.php`] = {
      full: `<kyr-rights-summary${h}>`,
      compact: `<kyr-rights-summary compact${h}>`,
      ...Object.fromEntries(rightsSubsets.map((subset) => [subset.join('+'), `<kyr-rights-summary sections="${subset.join(' ')}"${h}>`])),
    };
    files[`detainer-explainer.h${level}.php`] = Object.fromEntries(
      subsets.map((subset) =>
        subset.length === sections.length
          ? ['all', `<kyr-detainer-explainer${h}>`]
          : [subset.join('+'), `<kyr-detainer-explainer sections="${subset.join(' ')}"${h}>`],
      ),
    );
  }
  files['language-picker.php'] = { all: '<kyr-language-picker>' };
  return files;
}

const phpString = (text) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const STYLE = /<style>[\s\S]*?<\/style>/;
const styles = {};
let variants = 0;
let prerenderedBytes = 0;
for (const locale of allLocales) {
  await mkdir(join(stage, 'prerendered', locale), { recursive: true });
  for (const [file, entries] of Object.entries(variantFiles())) {
    const lines = [];
    for (const [key, open] of Object.entries(entries)) {
      const tag = /^<([\w-]+)/.exec(open)[1];
      const out = (await renderToString(`${open}</${tag}>`, { locale })).trim();
      const found = new RegExp(`^<${tag}\\b[^>]*>([\\s\\S]*)</${tag}>$`).exec(out);
      if (!found || !found[1].startsWith('<template shadowroot')) throw new Error(`build-wordpress: ${locale} ${file} ${key} did not render as declarative shadow DOM`);
      // Every variant of an element carries the same styles: the plugin keeps them once (styles.php).
      const style = STYLE.exec(found[1])?.[0];
      if (!style) throw new Error(`build-wordpress: ${locale} ${file} ${key} has no <style>`);
      if (styles[tag] !== undefined && styles[tag] !== style) throw new Error(`build-wordpress: <${tag}> renders different styles in different variants`);
      styles[tag] = style;
      const inner = found[1].replace(style, '<!--kyr:style-->');
      if (/\[/.test(inner)) throw new Error(`build-wordpress: ${locale} ${file} ${key} has a "[" outside its styles (WordPress would read it as a shortcode)`);
      lines.push(`\t${phpString(key)} => ${phpString(inner)},`);
      variants += 1;
    }
    const php = `<?php\n// Generated by scripts/build-wordpress.mjs: prerendered widgets (${locale}), variant => inner HTML.\nreturn array(\n${lines.join('\n')}\n);\n`;
    prerenderedBytes += php.length;
    await writeFile(join(stage, 'prerendered', locale, file), php);
  }
}
const styleLines = Object.entries(styles).map(([tag, style]) => `\t${phpString(tag)} => ${phpString(style)},`);
await writeFile(
  join(stage, 'prerendered/styles.php'),
  `<?php\n// Generated by scripts/build-wordpress.mjs: each element's shadow-root styles, shared by its prerendered variants.\nreturn array(\n${styleLines.join('\n')}\n);\n`,
);

// 4. The translation template of the plugin's own strings (PHP, the editor script, block.json).
const pot = new Map();
function addString(text, reference, extra = {}) {
  const key = `${extra.context ?? ''}\u0004${text}`;
  const entry = pot.get(key) ?? { text, references: [], ...extra };
  entry.references.push(reference);
  pot.set(key, entry);
}
const unquote = (quoted) => quoted.slice(1, -1).replace(/\\(['"\\])/g, '$1');
const gettext = /(?:\/\*\s*translators:\s*(.*?)\s*\*\/\s*)?\b(__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*('(?:[^'\\]|\\.)*')\s*(?:,\s*('(?:[^'\\]|\\.)*'))?\s*\)/g;
for await (const path of walk(stage)) {
  const rel = relative(stage, path);
  if (!/\.(php|js)$/.test(rel) || rel.startsWith('prerendered/') || rel.startsWith('kit/')) continue;
  const code = await readFile(path, 'utf8');
  for (const match of code.matchAll(gettext)) {
    const [, comment, , text, domain] = match;
    const line = code.slice(0, match.index).split('\n').length;
    if (!domain || unquote(domain) !== 'kyr-widgets') throw new Error(`build-wordpress: ${rel}:${line} translates a string without the kyr-widgets text domain`);
    addString(unquote(text), `${rel}:${line}`, { ...(comment ? { comment: `translators: ${comment}` } : {}), format: rel.endsWith('.js') ? 'javascript-format' : 'php-format' });
  }
}
// The hotlines' names (includes/settings.php translates the kit's names).
// Not code xgettext reads: added as block.json's strings are, with a comment that says where from.
for (const { name } of Object.values(kitLists.hotlines.about)) if (!/^\d+$/.test(name)) addString(name, 'kit/kit.json', { comment: "A hotline's name (the kit's kit.json)" });
const blockJson = JSON.parse(await readFile(join(stage, 'block/block.json'), 'utf8'));
addString(blockJson.title, 'block/block.json', { context: 'block title' });
addString(blockJson.description, 'block/block.json', { context: 'block description' });
for (const keyword of blockJson.keywords) addString(keyword, 'block/block.json', { context: 'block keyword' });
for (const field of ['Plugin Name', 'Description']) {
  addString(new RegExp(`^ \\* ${field}:\\s+(.+)$`, 'm').exec(header)[1], 'kyr-widgets.php', { comment: `${field} of the plugin` });
}
const po = (text) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
const potText = [
  `# Translation template for the Know Your Rights widgets WordPress plugin ${version}.`,
  '# This file is distributed under the MIT license.',
  'msgid ""',
  'msgstr ""',
  `"Project-Id-Version: kyr-widgets ${version}\\n"`,
  '"MIME-Version: 1.0\\n"',
  '"Content-Type: text/plain; charset=UTF-8\\n"',
  '"Content-Transfer-Encoding: 8bit\\n"',
  '"X-Domain: kyr-widgets\\n"',
  '',
  ...[...pot.values()].flatMap((entry) => [
    ...(entry.comment ? [`#. ${entry.comment}`] : []),
    `#: ${entry.references.join(' ')}`,
    ...(/%[sd]/.test(entry.text) ? [`#, ${entry.format ?? 'php-format'}`] : []),
    ...(entry.context ? [`msgctxt ${po(entry.context)}`] : []),
    `msgid ${po(entry.text)}`,
    'msgstr ""',
    '',
  ]),
].join('\n');
await mkdir(join(stage, 'languages'), { recursive: true });
await writeFile(join(stage, 'languages/kyr-widgets.pot'), potText);

// 5. The zip, with the plugin in a kyr-widgets/ folder as WordPress's uploader expects.
// The same sources give the same zip (scripts/zip.mjs); WordPress's unzip_file() reads it.
await writeFile(zipPath, await zipFolder(stage, 'kyr-widgets'));
const { size } = await stat(zipPath);
console.log(
  `build-wordpress: ${variants} prerendered variants (${(prerenderedBytes / 1e6).toFixed(1)} MB of PHP), ${kitFiles.size} kit files, ${pot.size} strings in the .pot; ` +
    `${relative(root, zipPath)} ${(size / 1e3).toFixed(0)} KB`,
);

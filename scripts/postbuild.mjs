// After the Vite builds: copy the theme presets into dist/themes, write
// dist/sri.json, a sha384 Subresource Integrity hash for every file a page loads,
// dist/locales.json, the ES build's language file for each locale (for a modulepreload), and
// dist/kit.json, the kit's lists from the TypeScript sources for the plugin, the CLI and the demo.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { entryGraph } from '../bench/sizes.mjs';
import { walk } from './zip.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

await mkdir(join(dist, 'themes'), { recursive: true });
for (const name of await readdir(join(root, 'src/themes'))) {
  await copyFile(join(root, 'src/themes', name), join(dist, 'themes', name));
}
// Plain fallback content gets each script's own faces and line heights, the widgets' rules
// (src/styles/fonts.ts) scoped to the fallback box: Urdu in Nastaliq, as tall as in the widget.
const { fontStyles } = await import(join(dist, 'npm/styles/fonts.js'));
const { lineHeightStyles } = await import(join(dist, 'npm/styles/line-heights.js'));
const fallbackFonts = [fontStyles.cssText, lineHeightStyles.cssText]
  .join('\n')
  .replace(/\[lang\]/g, '.kyr-fallback [lang]')
  .replace(/(^|[},])\s*bdi\[/g, '$1.kyr-fallback bdi[')
  .replace(/\.root/g, '.kyr-fallback > div');
await writeFile(
  join(dist, 'themes/fallback.css'),
  `${await readFile(join(root, 'src/themes/fallback.css'), 'utf8')}\n/* Each script's faces and line height, from src/styles/fonts.ts (written by scripts/postbuild.mjs). */\n${fallbackFonts.trim()}\n`,
);

const hashes = {};
for await (const path of walk(dist)) {
  // Scripts and styles only; types and the npm graph (for bundlers and Node) are never loaded by a page from here.
  if (!/\.(js|css)$/.test(path) || /^(types|npm)\//.test(relative(dist, path))) continue;
  hashes[relative(dist, path)] = `sha384-${createHash('sha384').update(await readFile(path)).digest('base64')}`;
}
const sorted = Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
await writeFile(join(dist, 'sri.json'), `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`postbuild: themes copied; ${Object.keys(sorted).length} files hashed into dist/sri.json`);

// The chunk the ES build fetches for each locale, read from the entry and its static imports, so the
// manifest names exactly what the script will load (the hashed names change with the contents).
const { targetLocales } = await import(join(dist, 'npm/i18n/locales.js'));
const { files: esFiles } = await entryGraph(join(dist, 'kyr-widgets.js'));
const esCode = (await Promise.all(esFiles.map((file) => readFile(file, 'utf8')))).join('\n');
const locales = {};
for (const locale of targetLocales) {
  const found = new RegExp(`["'\`](?:\\./|\\.\\./)(locales/${locale}-[\\w-]{8}\\.js)["'\`]`).exec(esCode);
  if (!found) throw new Error(`postbuild: the ES build imports no chunk for "${locale}"`);
  locales[locale] = found[1];
}
await writeFile(join(dist, 'locales.json'), `${JSON.stringify(locales, null, 2)}\n`);
console.log(`postbuild: ${Object.keys(locales).length} locale chunks listed in dist/locales.json`);

// The kit's lists, written once from the TypeScript sources (src/i18n/languages.ts, src/content/hotlines.ts):
// the WordPress plugin (PHP), the `kyr-widgets` command and the demo read them instead of copies.
const { displayOrder, endonyms, directionOf } = await import(join(dist, 'npm/i18n/locales.js'));
const { hotlineIds, hotlines, DEFAULT_HOTLINE } = await import(join(dist, 'npm/content/hotlines.js'));
const { parsePhone } = await import(join(dist, 'npm/shared/phone.js'));
// Each hotline in English (the source language: msg() gives it before any locale is configured),
// for the plugin's choices and the fallback it prints before the script runs.
const aboutHotlines = Object.fromEntries(
  hotlineIds.map((id) => {
    const { name, agency, phone, description } = hotlines[id];
    const dialled = parsePhone(phone);
    if (!dialled) throw new Error(`postbuild: the ${id} hotline's number cannot be dialled`);
    return [id, { name: name(), ...(agency ? { agency: agency.english } : {}), phone: dialled.display, href: dialled.href, description: description() }];
  }),
);
// Leaf modules with no imports, read from the TypeScript source (Node strips the types): the
// bundler folds a lone constant into its users, so the npm graph has no file of its own for them.
const { sectionNames: rightsSections } = await import(join(root, 'src/elements/rights-summary/section-names.ts'));
const { sectionNames: explainerSections } = await import(join(root, 'src/elements/detainer-explainer/section-names.ts'));
const { MAX_TEXT } = await import(join(root, 'src/elements/hotline-card/max-text.ts'));
const { phoneRule } = await import(join(root, 'src/shared/phone-rule.ts'));
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
// Each element's tag and attributes, as the Custom Elements Manifest documents them (npm run manifest
// runs before this script), in the order of src/shared/tags.ts, keyed by the name without `kyr-`.
const { kyrTags } = await import(join(root, 'src/shared/tags.ts'));
const documented = new Map(
  JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'))
    .modules.flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => [declaration.tagName, (declaration.attributes ?? []).map((attribute) => attribute.name)]),
);
const elements = Object.fromEntries(
  kyrTags.map((tag) => {
    if (!documented.has(tag)) throw new Error(`postbuild: custom-elements.json does not document <${tag}>`);
    return [tag.replace(/^kyr-/, ''), { tag, attributes: documented.get(tag) }];
  }),
);
const kit = {
  $comment: 'Written by scripts/postbuild.mjs from src/i18n/languages.ts, src/content/hotlines.ts, the elements (sections, tags and attributes, longest text) and src/shared/phone-rule.ts; read by the WordPress plugin, bin/kyr-widgets.js and the demo.',
  version,
  // Each language's script (CLDR's likely subtags), as scripts/localize.mjs groups them.
  locales: displayOrder.map((code) => ({ code, name: endonyms[code], dir: directionOf(code), script: new Intl.Locale(code).maximize().script })),
  hotlines: { ids: [...hotlineIds], default: DEFAULT_HOTLINE, about: aboutHotlines },
  // The `sections` each content widget takes, in their default order, and the longest partner text shown.
  sections: { 'rights-summary': [...rightsSections], 'detainer-explainer': [...explainerSections] },
  elements,
  maxText: MAX_TEXT,
  // The phone rule's patterns (src/shared/phone-rule.ts), the same in a JavaScript RegExp and in PCRE with /u.
  phone: phoneRule,
};
await writeFile(join(dist, 'kit.json'), `${JSON.stringify(kit, null, 2)}\n`);
console.log(`postbuild: dist/kit.json lists ${kit.locales.length} locales and ${kit.hotlines.ids.length} hotlines`);

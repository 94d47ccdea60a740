// The kit's lists are written once, from the TypeScript sources, into dist/kit.json; the WordPress
// plugin's PHP, the `kyr-widgets` command and the demo read it instead of keeping copies.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { unzipSync } from 'fflate';

const root = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');
const kit = JSON.parse(await read('dist/kit.json'));
const { sourceLocale } = JSON.parse(await read('lit-localize.json'));
const { endonyms, targetLocales } = await import('../../dist/npm/i18n/locales.js');
const { hotlineIds, DEFAULT_HOTLINE } = await import('../../dist/npm/content/hotlines.js');
const { sectionNames: rightsSections } = await import('../../src/elements/rights-summary/section-names.ts');
const { sectionNames: explainerSections } = await import('../../src/elements/detainer-explainer/section-names.ts');
const { MAX_TEXT } = await import('../../src/elements/hotline-card/max-text.ts');
const { phoneRule } = await import('../../src/shared/phone-rule.ts');

it('dist/kit.json lists every locale (with its own name and direction) and every hotline, from the sources', () => {
  assert.deepEqual(kit.locales.map((l) => l.code).sort(), [sourceLocale, ...targetLocales].sort());
  for (const { code, name, dir } of kit.locales) {
    assert.equal(name, endonyms[code], code);
    assert.equal(dir, code === 'ar' || code === 'ur' ? 'rtl' : 'ltr', code);
  }
  assert.deepEqual({ ...kit.hotlines, about: undefined }, { ids: [...hotlineIds], default: DEFAULT_HOTLINE, about: undefined });
  // Each hotline in English, as the plugin names it and prints it before the script runs.
  assert.deepEqual(kit.hotlines.about['311'], { name: '311', phone: '311', href: 'tel:311', description: 'If ICE is at your home or someone has been detained, call 311.' });
  assert.deepEqual(kit.hotlines.about.actionnyc, {
    name: 'ActionNYC Hotline',
    agency: "Mayor's Office of Immigrant Affairs",
    phone: '(800) 354-0365',
    href: 'tel:+18003540365',
    description: 'Immigration legal help from the City of New York.',
  });
  assert.deepEqual(kit.sections, { 'rights-summary': [...rightsSections], 'detainer-explainer': [...explainerSections] });
  assert.equal(kit.maxText, MAX_TEXT);
  assert.deepEqual(kit.phone, phoneRule);
});

it('the plugin\'s PHP and block script, the command and the demo keep no copy of the locale, hotline or section lists, the longest text, nor the phone rule', async () => {
  const php = (await readdir(new URL('integrations/wordpress/includes/', root))).filter((name) => name.endsWith('.php')).map((name) => `integrations/wordpress/includes/${name}`);
  const copies = [];
  for (const file of [...php, 'integrations/wordpress/block/index.js', 'bin/kyr-widgets.js', 'demo/demo.js']) {
    const code = await read(file);
    // A list of locales: two of the kit's codes side by side; a list of hotlines: two ids side by side.
    if (/['"]zh-Hans['"]\s*(=>\s*['"][^'"]*['"])?,\s*['"]zh-Hant['"]|\ben es zh-Hans\b/.test(code)) copies.push(`${file}: the locales`);
    if (/['"]actionnyc['"]\s*,\s*['"]new-americans['"]/.test(code)) copies.push(`${file}: the hotlines`);
    if (/'English',\s*\n?\s*'es'\s*=>|=> 'Español'/.test(code)) copies.push(`${file}: the language names`);
    if (/['"]door['"]\s*,\s*['"]rights['"]|['"]definition['"]\s*,\s*['"]decision['"]/.test(code)) copies.push(`${file}: the sections`);
    if (/\b500\b/.test(code)) copies.push(`${file}: the longest text`);
    // The phone rule: the N11 code, the US area code or the international length.
    if (/\[2-9\]11|\[2-9\](\\d|\[0-9\])\{2\}|\{7,14\}/.test(code)) copies.push(`${file}: the phone rule`);
  }
  assert.deepEqual(copies, []);
});

it('the WordPress block offers exactly the kit\'s widgets and hotlines (block.json is written from the lists)', async () => {
  const plugin = unzipSync(await readFile(new URL('dist/kyr-widgets-wordpress.zip', root)));
  const block = JSON.parse(Buffer.from(plugin['kyr-widgets/block/block.json']).toString('utf8'));
  assert.deepEqual(block.attributes.element.enum, Object.keys(kit.elements));
  assert.deepEqual(block.attributes.hotline.enum, ['', ...kit.hotlines.ids, 'partner']);
});

it('the plugin\'s default hotline is the kit\'s (settings before an admin saves any, and a card that names none)', async () => {
  const { pluginPhp } = await import('./helpers/plugin-php.mjs');
  // A kit whose default is another hotline: a default written into the PHP would still say ActionNYC.
  const otherDefault = JSON.stringify({ ...kit, hotlines: { ...kit.hotlines, default: '311' } });
  const [settings, card] = await pluginPhp(
    new URL('integrations/wordpress', root).pathname,
    otherDefault,
    "echo json_encode( array( sanitize_settings( array() ), clean_attributes( 'hotline-card', array() )[0] ) );",
  );
  assert.equal(settings.default_hotline, '311');
  assert.equal(card.hotline, '311');
});

it('dist/kit.json lists every tag with its attributes as custom-elements.json documents them, in the order of src/shared/tags.ts', async () => {
  const { kyrTags } = await import('../../src/shared/tags.ts');
  const manifest = JSON.parse(await read('custom-elements.json'));
  const documented = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
  assert.deepEqual(Object.values(kit.elements).map(({ tag }) => tag), [...kyrTags]);
  for (const [name, { tag, attributes }] of Object.entries(kit.elements)) {
    assert.equal(tag, `kyr-${name}`);
    assert.deepEqual(attributes, documented.find((declaration) => declaration.tagName === tag).attributes.map((attribute) => attribute.name), tag);
  }
  assert.deepEqual(kit.elements['hotline-card'].attributes, ['hotline', 'name', 'phone', 'agency', 'hours', 'description', 'heading-level']);
});

it('the plugin\'s shortcodes are the kit\'s tags, and it passes on only attributes the elements have', async () => {
  const { pluginPhp } = await import('./helpers/plugin-php.mjs');
  const [shortcodes, allowed, offered] = await pluginPhp(
    new URL('integrations/wordpress', root).pathname,
    JSON.stringify(kit),
    'echo json_encode( array( shortcodes(), array_map( __NAMESPACE__ . "\\\\allowed_attributes", array_combine( array_keys( elements() ), array_keys( elements() ) ) ), ALLOWED ) );',
  );
  assert.deepEqual(shortcodes, { kyr_hotline_card: 'hotline-card', kyr_rights_summary: 'rights-summary', kyr_detainer_explainer: 'detainer-explainer', kyr_language_picker: 'language-picker' });
  for (const [name, names] of Object.entries(offered)) assert.deepEqual(allowed[name], names, `${name}: the plugin offers only attributes <kyr-${name}> has`);
  // What the plugin leaves out on purpose: the feedback box (it would ask the site to collect answers) and the picker's lang.
  assert.deepEqual(allowed['rights-summary'], ['compact', 'sections', 'heading-level']);
  assert.deepEqual(allowed['language-picker'], ['locales']);
});

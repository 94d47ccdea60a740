// What a bundler user gets from the npm package (scripts/pack-check.mjs packs it into a scratch
// Vite app), and what the package's manifest says about it. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { packAndBundle } from '../../scripts/pack-check.mjs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** An app that imports two elements and the locale API from three entries of the package. */
const SEVERAL_ENTRIES = `import 'kyr-widgets/hotline-card.js';
import 'kyr-widgets/language-picker.js';
import { setLocale } from 'kyr-widgets';
import { html, render } from 'lit';
render(html\`<kyr-language-picker></kyr-language-picker><kyr-hotline-card></kyr-hotline-card>\`, document.body);
window.kyrSetLocale = setLocale;
`;

describe('the npm package', { timeout: 180_000 }, () => {
  let result;
  let app;
  before(async () => {
    result = await packAndBundle({ entry: 'kyr-widgets/hotline-card.js' });
    app = await packAndBundle({ main: SEVERAL_ENTRIES });
  });

  it('holds exactly what users need: dist, types, framework typings, manifest, themes, README, LICENSE', () => {
    const allowed = /^(dist\/|bin\/kyr-widgets\.js$|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/;
    assert.deepEqual(result.files.filter((file) => !allowed.test(file)), []);
    for (const required of [
      'dist/kyr-widgets.js',
      'dist/kyr-widgets.standalone.js',
      'dist/hotline-card.js',
      'dist/rights-summary.js',
      'dist/detainer-explainer.js',
      'dist/language-picker.js',
      'dist/elements.js',
      'dist/types/entries/index.d.ts',
      'dist/types/entries/hotline-card.d.ts',
      'dist/types/events.d.ts',
      'dist/frameworks/react.d.ts',
      'dist/frameworks/vue.d.ts',
      'dist/frameworks/svelte.d.ts',
      'dist/themes/dark.css',
      'dist/themes/light.css',
      'dist/sri.json',
      'custom-elements.json',
      'README.md',
      'LICENSE',
    ]) {
      assert.ok(result.files.includes(required), required);
    }
    assert.ok(result.files.some((file) => file.startsWith('dist/locales/ar-')));
  });

  it('every file an export names is in the package', () => {
    const targets = [];
    const collect = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(collect));
    collect(pkg.exports);
    const missing = targets.filter((target) => {
      const path = target.slice(2);
      if (!path.includes('*')) return !result.files.includes(path);
      const [prefix, suffix] = path.split('*');
      return !result.files.some((file) => file.startsWith(prefix) && file.endsWith(suffix));
    });
    assert.deepEqual(missing, []);
  });

  it('a Vite app that imports kyr-widgets/hotline-card.js bundles the hotline card and nothing else', () => {
    assert.deepEqual(result.contains, {
      'kyr-hotline-card': true,
      'kyr-rights-summary': false,
      'kyr-detainer-explainer': false,
      'kyr-language-picker': false,
    });
  });

  it('the exports give an unbundled graph: the npm entries import lit, the script-tag files stay self-contained', () => {
    for (const entry of ['index', 'hotline-card', 'rights-summary', 'detainer-explainer', 'language-picker', 'elements']) {
      assert.ok(result.files.includes(`dist/npm/${entry}.js`), entry);
    }
    assert.ok(result.files.some((file) => file.startsWith('dist/npm/vendor/@lit/localize/')));
  });

  it('an app that imports lit itself and three entries of the kit bundles one Lit', () => {
    assert.equal(app.litCopies, 1);
    assert.equal(result.litCopies, 1);
  });

  it('… and one chunk per language, not one per entry', () => {
    assert.equal(app.localeChunks, 11);
  });
});

describe('the Custom Elements Manifest', () => {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })));
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((exp) => exp.kind === 'custom-element-definition').map((exp) => ({ module, exp })),
  );

  it('names only modules that are in the package (the npm graph)', () => {
    const paths = manifest.modules.map((module) => module.path);
    assert.ok(paths.length > 10);
    assert.deepEqual(paths.filter((path) => !path.startsWith('dist/npm/') || !existsSync(new URL(path, root))), []);
  });

  it('defines each tag once, in the entry that registers it, for the class that is declared', () => {
    const byTag = Object.fromEntries(definitions.map(({ module, exp }) => [exp.name, `${module.path} ${exp.declaration.name} ${exp.declaration.module}`]));
    assert.deepEqual(byTag, {
      'kyr-detainer-explainer': 'dist/npm/detainer-explainer.js KyrDetainerExplainer dist/npm/elements/detainer-explainer/detainer-explainer.js',
      'kyr-hotline-card': 'dist/npm/hotline-card.js KyrHotlineCard dist/npm/elements/hotline-card/hotline-card.js',
      'kyr-language-picker': 'dist/npm/language-picker.js KyrLanguagePicker dist/npm/elements/language-picker/language-picker.js',
      'kyr-rights-summary': 'dist/npm/rights-summary.js KyrRightsSummary dist/npm/elements/rights-summary/rights-summary.js',
    });
    for (const { exp } of definitions) {
      assert.ok(declarations.some(({ module, declaration }) => module.path === exp.declaration.module && declaration.name === exp.declaration.name), exp.name);
    }
  });

  it('marks as custom elements only the four registered classes (not KyrElement nor KyrSectionElement)', () => {
    const elements = declarations.filter(({ declaration }) => declaration.customElement).map(({ declaration }) => `${declaration.name} <${declaration.tagName}>`);
    assert.deepEqual(elements.sort(), [
      'KyrDetainerExplainer <kyr-detainer-explainer>',
      'KyrHotlineCard <kyr-hotline-card>',
      'KyrLanguagePicker <kyr-language-picker>',
      'KyrRightsSummary <kyr-rights-summary>',
    ]);
  });

  it('types every event with its detail, and the picker’s lang attribute', () => {
    const events = declarations.flatMap(({ declaration }) => (declaration.events ?? []).map((event) => `${declaration.tagName} ${event.name}: ${event.type?.text}`));
    assert.deepEqual(events.sort(), [
      'kyr-detainer-explainer kyr-decision: CustomEvent<DecisionDetail>',
      'kyr-detainer-explainer kyr-feedback: CustomEvent<FeedbackDetail>',
      'kyr-language-picker kyr-locale-change: CustomEvent<LocaleChangeDetail>',
      'kyr-rights-summary kyr-feedback: CustomEvent<FeedbackDetail>',
    ]);
    const picker = declarations.find(({ declaration }) => declaration.tagName === 'kyr-language-picker').declaration;
    assert.deepEqual(picker.attributes.find((attribute) => attribute.name === 'lang').type, { text: 'string' });
  });
});

// The design tokens have one list, src/styles/tokens.ts: the CSS that resolves them is generated
// from it, the styles read no token it lacks, it lists no token the styles never read, each token
// has one default everywhere (the widgets, the fallback styles), and the Custom Elements Manifest
// documents exactly what each element reads. The manifest part needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import { elementStyles, elementTokens, fallback, loadTokens, publicReads, reading, tokenStylesFile, tokenStylesSource, tokensRead } from '../../scripts/tokens.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');

/** The source text of every style module (src/styles/, src/elements/<name>/<name>.styles.ts), but the table and the generated CSS. */
async function styleSources() {
  const files = (await readdir(new URL('src/', root), { recursive: true }))
    .filter((file) => /^styles\/.*\.ts$|\.styles\.ts$/.test(file))
    .filter((file) => !['styles/tokens.ts', 'styles/token-styles.ts'].includes(file));
  return Promise.all(files.map(async (file) => ({ file, text: await read(`src/${file}`) })));
}

describe('design tokens (src/styles/tokens.ts)', () => {
  let tokens;
  let byElement;
  before(async () => {
    tokens = await loadTokens();
    byElement = await elementTokens();
  });

  it(`${tokenStylesFile} is what the table generates (else run \`npm run tokens\`)`, async () => {
    assert.equal(await read(tokenStylesFile), tokenStylesSource(tokens));
  });

  it('every token the styles, the theme presets or the fallback styles name is in the table', async () => {
    const named = new Map();
    const themes = (await readdir(new URL('src/themes/', root))).map((file) => `themes/${file}`);
    for (const { file, text } of [...(await styleSources()), ...(await Promise.all(themes.map(async (file) => ({ file, text: await read(`src/${file}`) }))))]) {
      for (const [, name] of text.matchAll(/--kyr-([a-z][a-z-]*)/g)) if (!named.has(name)) named.set(name, file);
    }
    assert.ok(named.has('color-accent') && named.has('space'), 'finds the tokens');
    const missing = [...named].filter(([name]) => !tokens.some((token) => token.name === name));
    assert.deepEqual(missing.map(([name, file]) => `--kyr-${name} (${file})`), []);
  });

  it('every token in the table is read by some element’s styles', () => {
    const readSomewhere = new Set([...byElement.values()].flat().map((token) => token.name));
    assert.equal(byElement.size, 4, 'reads the four elements');
    assert.deepEqual(tokens.filter((token) => !readSomewhere.has(token.name)).map((token) => `--kyr-${token.name}`), []);
  });

  it('the styles read a token with a private copy only through it, and any other with the table’s default', async () => {
    const wrong = [];
    for (const { file, text } of await styleSources()) {
      for (const { name, use } of publicReads(text)) {
        const token = tokens.find((t) => t.name === name);
        if (!token || token.perScript) continue;
        if (use !== reading(token, tokens)) wrong.push(`${file}: ${use}, not ${reading(token, tokens)}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('every private property a style reads is declared (no misspelt private copy)', async () => {
    // A misspelt `var(--_acent)` would quietly paint nothing.
    for (const [element, cssText] of await elementStyles()) {
      assert.deepEqual([...tokensRead(cssText, tokens).undeclared], [], element);
    }
  });

  it('the fallback styles (themes/fallback.css) use the widgets’ defaults, so nothing moves when a widget replaces its fallback', async () => {
    const css = await read('src/themes/fallback.css');
    const wrong = [];
    for (const { name, use } of publicReads(css)) {
      const token = tokens.find((t) => t.name === name);
      if (token && !token.perScript && use !== `var(--kyr-${name}, ${token.default})`) wrong.push(`${use}: the table says ${token.default}`);
    }
    assert.deepEqual(wrong, []);
    assert.match(css, /padding: min\(var\(--kyr-space, 1em\), 6%\)/, 'the same padding cap as the widgets');
  });

  it('a default that names another token reads that token as the styles do (the focus ring follows the text color)', () => {
    const focus = tokens.find((token) => token.name === 'color-focus');
    assert.equal(fallback(focus, tokens), 'var(--_t)');
  });

  it('the manifest documents for each element exactly the tokens its styles read, with the table’s defaults and descriptions', async () => {
    const manifest = JSON.parse(await read('custom-elements.json'));
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    assert.equal(elements.length, 4);
    for (const element of elements) {
      const expected = byElement.get(element.name).map((token) => ({ name: `--kyr-${token.name}`, default: token.default, description: token.description }));
      assert.deepEqual(element.cssProperties, expected, element.tagName);
    }
  });
});

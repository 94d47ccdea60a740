// The theme presets (src/themes/*.css): the dark one sets every color the elements use and
// color-scheme, the auto class follows it exactly, the partner example sets surface and text.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { elementTokens } from '../../scripts/tokens.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');

/** Declarations of the first rule for `selector` in the CSS text, as a Map. */
function declarations(css, selector, from = 0) {
  const start = css.indexOf(`${selector} {`, from);
  assert.ok(start >= 0, `${selector} not found`);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return new Map(
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  );
}

/** Every --kyr-color-* token an element reads (test/node/tokens.test.mjs checks the list). */
async function colorTokensUsed() {
  const read = [...(await elementTokens()).values()].flat().map((token) => `--kyr-${token.name}`);
  return new Set(read.filter((name) => name.startsWith('--kyr-color-')));
}

describe('theme presets', () => {
  it('the dark and light presets set every color the elements use', async () => {
    const used = await colorTokensUsed();
    assert.ok(used.has('--kyr-color-yes') && used.has('--kyr-color-no'), 'finds the outcome bar tokens');
    for (const [file, selector] of [
      ['dark.css', '.kyr-theme-dark'],
      ['light.css', '.kyr-theme-light'],
    ]) {
      const set = declarations(await read(`src/themes/${file}`), selector);
      assert.deepEqual([...used].filter((t) => !set.has(t)), [], `${file} leaves colors at their light defaults`);
    }
  });

  it('dark says color-scheme: dark (native controls, scrollbars), light says light', async () => {
    assert.equal(declarations(await read('src/themes/dark.css'), '.kyr-theme-dark').get('color-scheme'), 'dark');
    assert.equal(declarations(await read('src/themes/light.css'), '.kyr-theme-light').get('color-scheme'), 'light');
  });

  it('dark mode is opt-in: .kyr-theme-auto is dark only under prefers-color-scheme: dark, with exactly the dark values', async () => {
    const css = await read('src/themes/dark.css');
    const media = css.indexOf('@media (prefers-color-scheme: dark)');
    assert.ok(media > css.indexOf('.kyr-theme-dark {'), 'the auto class sits in a prefers-color-scheme: dark block');
    assert.ok(!css.slice(0, media).includes('.kyr-theme-auto {'), 'no auto rule outside the media block');
    assert.deepEqual([...declarations(css, '.kyr-theme-auto', media)], [...declarations(css, '.kyr-theme-dark')]);
  });

  it('the partner example sets surface and text, not only its accent', async () => {
    const set = declarations(await read('src/themes/partner-example.css'), '.kyr-theme-partner');
    for (const token of ['--kyr-color-surface', '--kyr-color-text', '--kyr-color-accent']) assert.ok(set.has(token), token);
  });
});

// Sizes are deterministic, so their budgets are tests (speed is measured by `npm run bench`).
// gzip -9 of the built dist/, against bench/budgets.json. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { measureKit } from '../../bench/sizes.mjs';

const root = new URL('../../', import.meta.url);
const budgets = JSON.parse(readFileSync(new URL('bench/budgets.json', root), 'utf8'));

describe('size budgets (gzip, bench/budgets.json)', () => {
  let sizes;
  before(async () => {
    sizes = await measureKit(new URL('dist', root).pathname);
  });

  it('the ES first load (entry and its static imports) stays within budget', () => {
    assert.ok(sizes.entries['kyr-widgets'].gzip <= budgets.esFirstLoad, `${sizes.entries['kyr-widgets'].gzip} > ${budgets.esFirstLoad}`);
  });

  it('loads all four elements in English with no lazy chunk other than languages', () => {
    assert.ok(sizes.entries['kyr-widgets'].files.every((file) => !file.startsWith('locales/')));
  });

  it('every one of the eleven locale chunks stays within budget', () => {
    assert.deepEqual(Object.keys(sizes.locales).sort(), ['ar', 'bn', 'es', 'fr', 'ht', 'ko', 'pl', 'ru', 'ur', 'zh-Hans', 'zh-Hant']);
    assert.ok(Object.keys(sizes.localeFiles).length >= 11);
    const over = Object.entries(sizes.localeFiles).filter(([, size]) => size.gzip > budgets.localeChunk);
    assert.deepEqual(over.map(([file, size]) => `${file}: ${size.gzip}`), []);
  });

  it('the standalone file (all twelve languages) stays within budget', () => {
    assert.ok(sizes.standalone.gzip <= budgets.standalone, `${sizes.standalone.gzip} > ${budgets.standalone}`);
  });
});

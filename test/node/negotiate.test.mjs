// Which of the kit's languages a tag finds (src/i18n/negotiate.ts), from the TypeScript source
// with no build: one table of cases, shared with the WordPress plugin's test of its PHP copy.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { source } from './helpers/source.mjs';

const { matchLocale, negotiateLocale } = await source('i18n/negotiate.ts');
const cases = JSON.parse(readFileSync(new URL('../fixtures/locale-tags.json', import.meta.url), 'utf8'));

describe('locale negotiation', () => {
  it('each tag of the shared table finds the locale the WordPress plugin finds too', () => {
    const found = Object.fromEntries(Object.keys(cases.both).map((tag) => [tag, matchLocale(tag) ?? null]));
    assert.deepEqual(found, cases.both);
  });

  it('takes the first candidate the kit speaks, else English', () => {
    assert.equal(negotiateLocale(['de-DE', 'fr-FR', 'es']), 'fr');
    assert.equal(negotiateLocale([null, undefined, 'zh-TW']), 'zh-Hant');
    assert.equal(negotiateLocale(['de', 'it']), 'en');
    assert.equal(negotiateLocale([]), 'en');
  });
});

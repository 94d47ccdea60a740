// The phone rule (src/shared/phone.ts), from the TypeScript source with no build: one table of
// written numbers, shared with the WordPress plugin's test of its PHP copy.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { source } from './helpers/source.mjs';

const { parsePhone } = await source('shared/phone.ts');
const cases = JSON.parse(readFileSync(new URL('../fixtures/phone-numbers.json', import.meta.url), 'utf8'));

describe('parsePhone', () => {
  for (const [written, display, href] of cases.dialable) {
    it(`reads ${JSON.stringify(written)} as ${display}, dialled as ${href}`, () => {
      const phone = parsePhone(written);
      assert.equal(phone?.display, display);
      assert.equal(phone?.href, href);
      assert.equal(`tel:${phone?.dial}`, href);
    });
  }

  it('refuses what cannot be dialled, so it never becomes a broken link', () => {
    assert.deepEqual(cases.refused.filter((written) => parsePhone(written) !== undefined), []);
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 8003540365, {}, []]) assert.equal(parsePhone(value), undefined);
  });
});

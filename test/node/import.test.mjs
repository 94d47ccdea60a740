// Plain Node 20, no DOM: every JavaScript export imports through package.json `exports`
// (self-reference, so the built dist/ is what is tested) without throwing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KYR_TAGS, jsExports } from './exports.mjs';

test('the package has the JavaScript exports a server renderer imports', () => {
  assert.ok(jsExports.length >= 8, jsExports.join(' '));
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
});

for (const specifier of jsExports) {
  test(`imports ${specifier} in Node without a DOM`, async () => {
    await assert.doesNotReject(import(specifier));
  });
}

test('the entries register every tag in the registry that exists (Lit’s server shim)', async () => {
  await import('kyr-widgets');
  for (const tag of KYR_TAGS) assert.equal(typeof globalThis.customElements.get(tag), 'function', tag);
});

test('kyr-widgets/elements.js gives the classes and the locale API', async () => {
  const kit = await import('kyr-widgets/elements.js');
  for (const name of ['KyrHotlineCard', 'KyrRightsSummary', 'KyrDetainerExplainer', 'KyrLanguagePicker', 'defineElement', 'getLocale', 'setLocale']) {
    assert.equal(typeof kit[name], 'function', name);
  }
  assert.equal(kit.getLocale(), 'en');
});

/** Every template result inside a rendered value, depth first. */
function templates(value, out = []) {
  if (Array.isArray(value)) value.forEach((v) => templates(v, out));
  else if (value && typeof value === 'object' && Array.isArray(value.strings)) {
    out.push(value);
    templates(value.values, out);
  }
  return out;
}

test('a partner hotline renders without a DOM, its text marked with the element’s own lang', async () => {
  const { KyrHotlineCard } = await import('kyr-widgets/elements.js');
  const card = new KyrHotlineCard();
  card.setAttribute('lang', 'es');
  Object.assign(card, { name: 'Línea de la parroquia', phone: '212-555-0100', agency: 'Parroquia San Juan' });
  card.willUpdate(new Map([['name', undefined], ['phone', undefined], ['agency', undefined]]));
  const partnerSpans = templates(card.render()).filter((t) => t.strings.join('').includes('dir="auto"'));
  const agency = partnerSpans.find((t) => t.values.includes('Parroquia San Juan'));
  assert.ok(agency, 'the agency is rendered as partner text');
  assert.deepEqual(agency.values, ['es', 'Parroquia San Juan']);
});

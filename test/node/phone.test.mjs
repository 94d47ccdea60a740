// The phone rule (src/shared/phone.ts, patterns in src/shared/phone-rule.ts), from the TypeScript
// source with no build: one table of written numbers, shared with the WordPress plugin's test of
// its PHP (test/wordpress). The plugin's block editor script reads the same patterns: it is run
// here as the editor runs it, and its preview must show a partner's number exactly when the
// element would dial it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, it } from 'node:test';
import { source } from './helpers/source.mjs';

const { parsePhone } = await source('shared/phone.ts');
const { phoneRule } = await source('shared/phone-rule.ts');
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

/**
 * The hotline card the block editor previews for a partner's number: block/index.js run with a
 * stand-in for WordPress's editor packages and the data the plugin's PHP gives it (block.php).
 */
function blockPreview(phone, editorData) {
  let edit;
  const el = (type, props, ...children) => ({ type, props: props ?? {}, children: children.flat() });
  const wp = {
    blocks: { registerBlockType: (name, settings) => (edit = settings.edit) },
    element: { createElement: el, Fragment: 'Fragment' },
    blockEditor: { useBlockProps: () => ({}), InspectorControls: 'InspectorControls' },
    components: new Proxy({}, { get: (_, name) => String(name) }),
    i18n: { __: (text) => text, sprintf: (text, value) => text.replace(/%[sd]/, value) },
  };
  const code = readFileSync(new URL('../../integrations/wordpress/block/index.js', import.meta.url), 'utf8');
  runInNewContext(code, { wp, window: { kyrWidgetsEditor: editorData }, console });
  const find = (node) => (node?.type === 'kyr-hotline-card' ? node : (node?.children ?? []).map(find).find(Boolean));
  const preview = find(edit({ attributes: { element: 'hotline-card', hotline: 'partner', name: 'Example Legal Aid', phone }, setAttributes() {} }));
  // A plain copy: the script's objects come from the other context.
  return JSON.parse(JSON.stringify(preview.props));
}

describe("the block editor's preview (integrations/wordpress/block/index.js)", () => {
  const editorData = { phone: phoneRule, defaultHotline: 'actionnyc' };

  it('shows a partner card for every number the element dials, and the site default for every other', () => {
    const written = [...cases.dialable.map(([number]) => number), ...cases.refused];
    const shown = written.map((phone) => blockPreview(phone, editorData));
    const expected = written.map((phone) => (parsePhone(phone) ? { name: 'Example Legal Aid', phone } : { hotline: 'actionnyc' }));
    assert.deepEqual(shown, expected);
  });

  it('dials nothing when the plugin hands over no phone rule (a plugin folder without its build)', () => {
    assert.deepEqual(blockPreview('(800) 354-0365', { defaultHotline: 'actionnyc' }), { hotline: 'actionnyc' });
  });
});

// Every message of the source code, translated in every locale (node --test: reads files, runs lit-localize).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { extractToScratch } from '../../scripts/extract-check.mjs';
import { checkXliff, messageIds } from '../../scripts/xliff-check.mjs';

const config = JSON.parse(await (await import('node:fs/promises')).readFile(new URL('../../lit-localize.json', import.meta.url), 'utf8'));

describe('translations: every message in every locale', () => {
  let extracted;
  before(async () => {
    extracted = await extractToScratch();
  });

  it('locales/ is up to date with the messages in src/ (else run `npm run localize:extract`)', () => {
    const stale = Object.entries(extracted.files).filter(([, file]) => file.committed !== file.extracted).map(([name]) => name);
    assert.deepEqual(stale, []);
  });

  it('finds the messages in the source code', () => {
    assert.ok(messageIds(extracted.files[`${config.targetLocales[0]}.xlf`].extracted).length > 50);
  });

  for (const locale of config.targetLocales) {
    it(`${locale}: every message translated, placeholders kept, no English left, no direction marks, marked for review`, () => {
      const file = extracted.files[`${locale}.xlf`];
      const problems = checkXliff(file.committed, messageIds(file.extracted));
      assert.deepEqual(problems, []);
    });
  }
});

describe('the XLIFF checker', () => {
  const file = (units) => `<?xml version="1.0"?><xliff version="1.2"><file><body>${units}</body></file></xliff>`;

  it('catches a missing, an English, an unmarked, a changed-placeholder and a direction-marked target', () => {
    const xml = file(`<trans-unit id="a"><source>Call</source></trans-unit>
<trans-unit id="b"><source>Hours</source><target state="needs-review-translation">Hours</target></trans-unit>
<trans-unit id="c"><source>Yes</source><target>Sí</target></trans-unit>
<trans-unit id="d"><source>Question <x id="0" equiv-text="n"/></source><target state="needs-review-translation">Pregunta</target></trans-unit>
<trans-unit id="f"><source>Call us</source><target state="needs-review-translation">اتصل \u2068ICE\u2069</target></trans-unit>`);
    assert.deepEqual(checkXliff(xml, ['a', 'b', 'c', 'd', 'e', 'f']), [
      'a: not translated',
      'b: still English ("Hours")',
      'c: target has no state="needs-review-translation"',
      'd: placeholders differ from the source',
      'e: missing',
      'f: invisible direction characters in the target',
    ]);
  });

  it('accepts a complete translation with its placeholders in another order', () => {
    const xml = file(`<trans-unit id="a"><source>Call <x id="0" equiv-text="n"/>, <x id="1" equiv-text="m"/></source><target state="needs-review-translation"><x id="1" equiv-text="m"/>: llame al <x id="0" equiv-text="n"/></target></trans-unit>`);
    assert.deepEqual(checkXliff(xml, ['a']), []);
  });

  it('refuses a file that is not well-formed XML', () => {
    assert.throws(() => checkXliff(file('<trans-unit id="a"><source>Call</source><target>Llame</trans-unit>'), ['a']), /not well-formed/);
  });
});

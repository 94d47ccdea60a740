import { expect } from '@open-wc/testing';
// A plain JS module shared with the CLI (scripts/check-translations.mjs); types in xliff-check.d.mts.
import { checkXliff, messageIds } from '../scripts/xliff-check.mjs';
import { targetLocales } from '../src/i18n/locales.js';

const read = async (locale: string) => (await fetch(`/locales/${locale}.xlf`)).text();

describe('translations: every message in every locale', () => {
  let ids: string[] = [];
  before(async () => {
    ids = messageIds(await read(targetLocales[0]));
  });

  it('has messages to translate', () => {
    expect(ids.length).to.be.greaterThan(50);
  });

  for (const locale of targetLocales) {
    it(`${locale}: every message translated, placeholders kept, no English left, marked for review`, async () => {
      const problems: string[] = checkXliff(await read(locale), ids);
      expect(problems, problems.slice(0, 10).join('\n')).to.deep.equal([]);
    });
  }

  it('the checker catches a missing, an English and an unmarked target', () => {
    const xml = `<trans-unit id="a"><source>Call</source></trans-unit>
<trans-unit id="b"><source>Hours</source><target state="needs-review-translation">Hours</target></trans-unit>
<trans-unit id="c"><source>Yes</source><target>Sí</target></trans-unit>
<trans-unit id="d"><source>Question <x id="0" equiv-text="n"/></source><target state="needs-review-translation">Pregunta</target></trans-unit>`;
    expect(checkXliff(xml, ['a', 'b', 'c', 'd', 'e'])).to.deep.equal([
      'a: not translated',
      'b: still English ("Hours")',
      'c: target has no state="needs-review-translation"',
      'd: placeholders differ from the source',
      'e: missing',
    ]);
  });
});

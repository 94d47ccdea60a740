// Every message of the source code, translated in every locale (node --test: reads files, runs lit-localize).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { extractToScratch } from '../../scripts/extract-check.mjs';
import { localizeConfig } from '../../scripts/localize.mjs';
import { checkXliff, messageIds } from '../../scripts/xliff-check.mjs';
import { fingerprint, stamp, staleTranslations } from '../../scripts/translated-from.mjs';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const config = await localizeConfig();

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

    it(`${locale}: no translation was made from an older English`, () => {
      assert.deepEqual(staleTranslations(extracted.files[`${locale}.xlf`].extracted, locale), []);
    });
  }
});

describe('the stale-translation check', () => {
  const root = new URL('../..', import.meta.url).pathname;

  it('fails, naming the message and every locale, when an English message is edited in a scratch copy and extracted', { timeout: 120000 }, async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'kyr-drift-'));
    try {
      for (const entry of ['src', 'locales', 'lit-localize.json', 'scripts/localize.mjs', 'tsconfig.json', 'tsconfig.build.json']) await cp(join(root, entry), join(scratch, entry), { recursive: true });
      await symlink(join(root, 'node_modules'), join(scratch, 'node_modules'));
      const file = join(scratch, 'src/content/hotlines.ts');
      const before = await readFile(file, 'utf8');
      const edited = before.replace("'Immigration legal help from the City of New York.'", "'Free immigration legal help from the City of New York.'");
      assert.notEqual(edited, before, 'the message to edit is in src/content/hotlines.ts');
      await writeFile(file, edited);
      await promisify(execFile)('node', ['scripts/localize.mjs', 'extract'], { cwd: scratch });
      const problems = [];
      for (const locale of config.targetLocales) problems.push(...staleTranslations(await readFile(join(scratch, 'locales', `${locale}.xlf`), 'utf8'), locale));
      assert.deepEqual(
        problems.map((p) => p.slice(0, p.indexOf(':'))),
        config.targetLocales.map((locale) => `hotline.actionnyc.description (${locale})`),
      );
      assert.match(problems[0], /"Immigration legal help from the City of New York\." is now "Free immigration legal help from the City of New York\."/);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('stamping records the current English, and a translation without a record is reported', () => {
    const xml = `<?xml version="1.0"?><xliff version="1.2"><file><body><trans-unit id="a"><source>Call <x id="0" equiv-text="n"/></source><target state="needs-review-translation">Llame <x id="0" equiv-text="n"/></target>\n</trans-unit><trans-unit id="b"><source>Hours</source></trans-unit></body></file></xliff>\n`;
    assert.deepEqual(staleTranslations(xml, 'es'), ['a (es): no record of the English it was translated from']);
    const { xml: stamped, missing } = stamp(xml, ['a', 'b']);
    assert.deepEqual(missing, ['b']);
    assert.match(stamped, /<note from="translated-from">Call \{0\}<\/note>/);
    assert.deepEqual(staleTranslations(stamped, 'es'), []);
    assert.ok(stamped.endsWith('\n'));
  });

  it('the fingerprint keeps the words and the placeholders, not the code behind them', async () => {
    const { DOMParser } = await import('@xmldom/xmldom');
    const source = (inner) => new DOMParser().parseFromString(`<source>${inner}</source>`, 'text/xml').documentElement;
    assert.equal(fingerprint(source('Since <x id="0" equiv-text="${formatDate(d, locale)}"/>,  the   rule')), 'Since {0}, the rule');
    assert.equal(fingerprint(source('Since <x id="0" equiv-text="${date}"/>, the rule')), 'Since {0}, the rule');
  });
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

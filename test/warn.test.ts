import { expect } from '@open-wc/testing';
import '../src/entries/index.js';
import { setLocale } from '../src/i18n/runtime.js';
import { logValue } from '../src/shared/warn.js';
import { spyConsole } from './helpers/console.js';
import { mountWithAttribute } from './helpers/mount.js';

/**
 * Warnings echo what a page wrote into an attribute. A hostile attribute must not be able to
 * start a console line of its own ("<kyr-hotline-card> all good") or reverse the message
 * around it with a bidi override.
 */

/** Characters that may never reach the console raw from an echoed value. */
const RAW_CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;

describe('logValue: a value as a warning echoes it', () => {
  const cases: Array<[string, unknown, string]> = [
    ['plain text, quoted', 'actionnyc', '"actionnyc"'],
    ['a number', 9, '"9"'],
    ['text in another script, kept readable', 'العربية 한국어', '"العربية 한국어"'],
    ['Bengali with a zero-width joiner, kept', 'র‍্যাব', '"র‍্যাব"'],
    ['a newline and a carriage return', 'a\nb\rc', '"a\\nb\\rc"'],
    ['a tab and NUL', 'a\tb\u0000', '"a\\tb\\u0000"'],
    ['ESC (a terminal colour code)', '\u001b[31mred', '"\\u001b[31mred"'],
    ['DEL and a C1 control (NEL)', '\u007f\u0085', '"\\u007f\\u0085"'],
    ['a right-to-left override', 'abc\u202edef', '"abc\\u202edef"'],
    ['every bidi embedding and override', '\u202a\u202b\u202c\u202d', '"\\u202a\\u202b\\u202c\\u202d"'],
    ['the bidi isolates', '\u2066\u2067\u2068\u2069', '"\\u2066\\u2067\\u2068\\u2069"'],
    ['bidi marks', '\u200e\u200f\u061c', '"\\u200e\\u200f\\u061c"'],
    ['line and paragraph separators', '\u2028\u2029', '"\\u2028\\u2029"'],
    ['a backslash, doubled so escapes stay unambiguous', 'a\\nb', '"a\\\\nb"'],
    ['double quotes, kept', 'say "hi"', '"say "hi""'],
  ];
  for (const [label, value, expected] of cases) {
    it(`${label}: ${expected}`, () => {
      expect(logValue(value)).to.equal(expected);
    });
  }

  it('cuts a long value at 80 characters and says so', () => {
    expect(logValue('x'.repeat(200))).to.equal(`"${'x'.repeat(80)}…"`);
  });
});

describe('warnings about hostile attribute values', () => {
  const forged = 'x\n<kyr-hotline-card> phone="311": all good\u202e';

  for (const [tag, attribute] of [
    ['kyr-hotline-card', 'phone'],
    ['kyr-hotline-card', 'hotline'],
    ['kyr-rights-summary', 'heading-level'],
    ['kyr-rights-summary', 'sections'],
    ['kyr-language-picker', 'locales'],
    ['kyr-language-picker', 'lang'],
  ]) {
    it(`<${tag} ${attribute}> with a newline and a bidi override: one warning on one line, its controls escaped`, async () => {
      const warnings = spyConsole('warn');
      try {
        (await mountWithAttribute(tag, attribute, forged)).remove();
      } finally {
        warnings.restore();
      }
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain(`<${tag}> ${attribute}="x\\n<kyr-hotline-card> phone="311": all good\\u202e"`);
      expect(warnings.calls[0]).not.to.match(RAW_CONTROLS);
    });
  }

  it('setLocale() with a newline in the code: one line, escaped', async () => {
    const warnings = spyConsole('warn');
    try {
      await setLocale('xx\nkyr-widgets: switched to "es"');
    } finally {
      warnings.restore();
    }
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.contain('setLocale("xx\\nkyr-widgets: switched to "es"") is not a supported locale');
    expect(warnings.calls[0]).not.to.match(RAW_CONTROLS);
  });
});

// The contact file (src/elements/hotline-card/vcard.ts), in plain Node from the TypeScript
// source, no build.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseVCard } from '../helpers/parse-vcard.ts';
import { source } from './helpers/source.mjs';

const { buildVCard, escapeVCardText, vCardFileName } = await source('elements/hotline-card/vcard.ts');

describe('buildVCard', () => {
  it('writes a vCard 3.0 a contacts app imports: name, organization and number', () => {
    const text = buildVCard({ name: 'ActionNYC Hotline', organization: "Mayor's Office of Immigrant Affairs", phone: '+18003540365' });
    const card = parseVCard(text);
    assert.equal(card.VERSION, '3.0');
    assert.equal(card.FN, 'ActionNYC Hotline');
    assert.equal(card.ORG, "Mayor's Office of Immigrant Affairs");
    assert.equal(card['TEL;TYPE=VOICE'], '+18003540365');
    assert.equal(text.startsWith('BEGIN:VCARD\r\n'), true);
    assert.equal(text.endsWith('END:VCARD\r\n'), true);
  });

  it('escapes commas, semicolons, backslashes and newlines so fields cannot spill', () => {
    assert.equal(escapeVCardText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
    const card = parseVCard(buildVCard({ name: 'Help; Now, Please', phone: '311' }));
    assert.equal(card.FN, 'Help; Now, Please');
    assert.equal(card['TEL;TYPE=VOICE'], '311');
  });

  it('folds lines longer than 75 bytes without splitting a character', () => {
    const name = 'Línea de ayuda para inmigrantes — 中文热线 — '.repeat(4);
    const text = buildVCard({ name, phone: '+18005667636' });
    for (const line of text.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75);
    assert.equal(parseVCard(text).FN, name);
  });

  it('leaves out the organization when there is none', () => {
    assert.ok(!buildVCard({ name: '311', phone: '311' }).includes('ORG:'));
  });

  it('names the file after the hotline, safe on every system', () => {
    assert.equal(vCardFileName('ActionNYC Hotline'), 'ActionNYC-Hotline.vcf');
    assert.equal(vCardFileName('../../etc/passwd'), 'etc-passwd.vcf');
    assert.equal(vCardFileName('***'), 'hotline.vcf');
  });
});

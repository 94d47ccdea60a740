import { expect } from '@open-wc/testing';
import { buildVCard, escapeVCardText, vCardFileName } from '../src/elements/hotline-card/vcard.js';
import { parseVCard } from './helpers/parse-vcard.js';

describe('buildVCard', () => {
  it('writes a vCard 3.0 a contacts app imports: name, organization and number', () => {
    const text = buildVCard({ name: 'ActionNYC Hotline', organization: "Mayor's Office of Immigrant Affairs", phone: '+18003540365' });
    const card = parseVCard(text);
    expect(card.VERSION).to.equal('3.0');
    expect(card.FN).to.equal('ActionNYC Hotline');
    expect(card.ORG).to.equal("Mayor's Office of Immigrant Affairs");
    expect(card['TEL;TYPE=VOICE']).to.equal('+18003540365');
    expect(text.startsWith('BEGIN:VCARD\r\n')).to.equal(true);
    expect(text.endsWith('END:VCARD\r\n')).to.equal(true);
  });

  it('escapes commas, semicolons, backslashes and newlines so fields cannot spill', () => {
    expect(escapeVCardText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const card = parseVCard(buildVCard({ name: 'Help; Now, Please', phone: '311' }));
    expect(card.FN).to.equal('Help; Now, Please');
    expect(card['TEL;TYPE=VOICE']).to.equal('311');
  });

  it('folds lines longer than 75 bytes without splitting a character', () => {
    const name = 'Línea de ayuda para inmigrantes — 中文热线 — '.repeat(4);
    const text = buildVCard({ name, phone: '+18005667636' });
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(parseVCard(text).FN).to.equal(name);
  });

  it('leaves out the organization when there is none', () => {
    expect(buildVCard({ name: '311', phone: '311' })).not.to.contain('ORG:');
  });

  it('names the file after the hotline, safe on every system', () => {
    expect(vCardFileName('ActionNYC Hotline')).to.equal('ActionNYC-Hotline.vcf');
    expect(vCardFileName('../../etc/passwd')).to.equal('etc-passwd.vcf');
    expect(vCardFileName('***')).to.equal('hotline.vcf');
  });
});

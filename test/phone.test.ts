import { expect } from '@open-wc/testing';
import { parsePhone } from '../src/shared/phone.js';

describe('parsePhone', () => {
  const dialable: Array<[string, string, string]> = [
    ['(800) 354-0365', '(800) 354-0365', 'tel:+18003540365'],
    ['800-566-7636', '(800) 566-7636', 'tel:+18005667636'],
    ['800.354.0365', '(800) 354-0365', 'tel:+18003540365'],
    ['+1 212 555 0100', '(212) 555-0100', 'tel:+12125550100'],
    ['1-212-555-0100', '(212) 555-0100', 'tel:+12125550100'],
    ['311', '311', 'tel:311'],
    [' 911 ', '911', 'tel:911'],
    ['+33 1 23 45 67 89', '+33 1 23 45 67 89', 'tel:+33123456789'],
  ];
  for (const [written, display, href] of dialable) {
    it(`reads "${written}" as ${display}, dialled as ${href}`, () => {
      const phone = parsePhone(written);
      expect(phone?.display).to.equal(display);
      expect(phone?.href).to.equal(href);
    });
  }

  const refused = ['', '   ', 'call us', '555-0100', '(800) 354-03', '123-456-7890', '+1 055 555 0100', 'javascript:alert(1)', '+12', '8'.repeat(40), '1-88-VISA-LAW-1'];
  for (const written of refused) {
    it(`refuses "${written.slice(0, 20)}", so it never becomes a broken link`, () => {
      expect(parsePhone(written)).to.equal(undefined);
    });
  }

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 8003540365, {}, []]) expect(parsePhone(value)).to.equal(undefined);
  });
});

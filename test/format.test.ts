import { expect } from '@open-wc/testing';
import { formatDate, formatNumber } from '../src/i18n/format.js';
import { allLocales } from '../src/i18n/locales.js';

/**
 * formatNumber skips Intl for whole numbers below 1,000 (no group separator, Western digits) and
 * both functions reuse one formatter per locale and precision: what a reader sees must be what a
 * fresh Intl formatter with the kit's pinned digits would print, in every language.
 */
describe('format', () => {
  const intl = (locale: string) => (locale === 'ht' ? ['ht-u-nu-latn', 'fr-u-nu-latn'] : [`${locale}-u-nu-latn`]);

  it('prints whole numbers below 1,000 as Intl does, in every locale', () => {
    for (const locale of allLocales) {
      const fresh = new Intl.NumberFormat(intl(locale));
      for (const value of [0, 1, 3, 9, 10, 170, 999]) expect(formatNumber(value, locale), `${locale} ${value}`).to.equal(fresh.format(value));
    }
  });

  it('groups larger numbers by the locale, again and again with the same formatter', () => {
    for (const locale of allLocales) {
      const fresh = new Intl.NumberFormat(intl(locale));
      for (const value of [1000, 1526, 1526, 12345]) expect(formatNumber(value, locale), `${locale} ${value}`).to.equal(fresh.format(value));
    }
    expect(formatNumber(1526, 'en')).to.equal('1,526');
    expect(formatNumber(1526, 'es')).to.not.equal('1,526');
  });

  it('keeps each date as precise as written, whatever was formatted before in that locale', () => {
    for (const locale of allLocales) {
      const fresh = (options: Intl.DateTimeFormatOptions, date: number) => new Intl.DateTimeFormat(intl(locale), { timeZone: 'UTC', ...options }).format(date);
      expect(formatDate('2014-11-14', locale), locale).to.equal(fresh({ year: 'numeric', month: 'long', day: 'numeric' }, Date.UTC(2014, 10, 14)));
      expect(formatDate('2017-05', locale), locale).to.equal(fresh({ year: 'numeric', month: 'long' }, Date.UTC(2017, 4, 1)));
      expect(formatDate('2017', locale), locale).to.equal(fresh({ year: 'numeric' }, Date.UTC(2017, 0, 1)));
      expect(formatDate('2015-02-13', locale), locale).to.equal(fresh({ year: 'numeric', month: 'long', day: 'numeric' }, Date.UTC(2015, 1, 13)));
    }
    expect(formatDate('2017', 'en')).to.equal('2017');
    expect(formatDate('2014-11-14', 'en')).to.equal('November 14, 2014');
  });
});

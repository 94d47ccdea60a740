import { expect } from '@open-wc/testing';
import { matchLocale, negotiateLocale } from '../src/i18n/negotiate.js';

describe('locale negotiation', () => {
  const table: Array<[string, string | undefined]> = [
    ['en', 'en'], ['en-US', 'en'], ['es', 'es'], ['es-MX', 'es'], ['ES-419', 'es'],
    ['zh', 'zh-Hans'], ['zh-CN', 'zh-Hans'], ['zh-SG', 'zh-Hans'], ['zh-Hans', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['zh-MO', 'zh-Hant'], ['zh-Hant', 'zh-Hant'], ['zh-Hant-CN', 'zh-Hant'], ['zh_TW', 'zh-Hant'],
    ['ru-RU', 'ru'], ['bn-BD', 'bn'], ['ht', 'ht'], ['ko-KR', 'ko'], ['ar-EG', 'ar'], ['ur-PK', 'ur'], ['fr-CA', 'fr'], ['pl', 'pl'],
    ['de', undefined], ['', undefined], ['x', undefined],
  ];
  for (const [tag, expected] of table) {
    it(`matches "${tag}" to ${expected ?? 'nothing'}`, () => {
      expect(matchLocale(tag)).to.equal(expected);
    });
  }

  it('takes the first candidate the kit speaks, else English', () => {
    expect(negotiateLocale(['de-DE', 'fr-FR', 'es'])).to.equal('fr');
    expect(negotiateLocale([null, undefined, 'zh-TW'])).to.equal('zh-Hant');
    expect(negotiateLocale(['de', 'it'])).to.equal('en');
    expect(negotiateLocale([])).to.equal('en');
  });
});

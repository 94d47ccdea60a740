import { expect } from '@open-wc/testing';

interface KyrApi {
  setLocale(locale: string): Promise<void>;
  getLocale(): string;
}

describe('the standalone build has every language inside', () => {
  it('switches to all eleven other languages without a single request', async () => {
    await new Promise<void>((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: '/dist/kyr-widgets.standalone.js', onload: resolve, onerror: reject });
      document.head.append(script);
    });
    const kit = (window as unknown as { KyrWidgets: KyrApi & { allLocales: string[] } }).KyrWidgets;
    const before = performance.getEntriesByType('resource').length;
    for (const locale of kit.allLocales) {
      await kit.setLocale(locale);
      expect(kit.getLocale()).to.equal(locale);
    }
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });
});

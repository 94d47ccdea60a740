import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}
interface KitSizes {
  entries: Record<string, Size & { files: string[] }>;
  locales: Record<string, Size>;
  localeFiles: Record<string, Size>;
  standalone: Size;
}

/** Sizes are deterministic, so their budgets are tests (speed is measured by `npm run bench`). */
describe('size budgets (gzip, bench/budgets.json)', () => {
  let sizes: KitSizes;
  let budgets: { esFirstLoad: number; localeChunk: number; standalone: number };
  before(async () => {
    sizes = await executeServerCommand<KitSizes, undefined>('kyr-sizes');
    budgets = await (await fetch('/bench/budgets.json')).json();
  });

  it('the ES first load (entry and its static imports) stays within budget', () => {
    expect(sizes.entries['kyr-widgets'].gzip).to.be.at.most(budgets.esFirstLoad);
  });

  it('loads all four elements in English with no lazy chunk other than languages', () => {
    expect(sizes.entries['kyr-widgets'].files.every((file) => !file.startsWith('locales/'))).to.equal(true);
  });

  it('every one of the eleven locale chunks stays within budget', () => {
    expect(Object.keys(sizes.locales).sort()).to.deep.equal(['ar', 'bn', 'es', 'fr', 'ht', 'ko', 'pl', 'ru', 'ur', 'zh-Hans', 'zh-Hant']);
    const over = Object.entries(sizes.localeFiles).filter(([, size]) => size.gzip > budgets.localeChunk);
    expect(Object.keys(sizes.localeFiles).length).to.be.at.least(11);
    expect(over.map(([file, size]) => `${file}: ${size.gzip}`)).to.deep.equal([]);
  });

  it('the standalone file (all twelve languages) stays within budget', () => {
    expect(sizes.standalone.gzip).to.be.at.most(budgets.standalone);
  });
});

import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface PackResult {
  files: string[];
  contains: Record<string, boolean>;
}

describe('the npm package', function () {
  this.timeout(120_000);
  let result: PackResult;
  before(async () => {
    result = await executeServerCommand<PackResult, { entry: string }>('kyr-pack-and-bundle', { entry: 'kyr-widgets/hotline-card.js' });
  });

  it('holds exactly what users need: dist, types, manifest, themes, README, LICENSE', () => {
    const allowed = /^(dist\/|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/;
    expect(result.files.filter((file) => !allowed.test(file))).to.deep.equal([]);
    for (const required of [
      'dist/kyr-widgets.js',
      'dist/kyr-widgets.standalone.js',
      'dist/hotline-card.js',
      'dist/rights-summary.js',
      'dist/detainer-explainer.js',
      'dist/language-picker.js',
      'dist/elements.js',
      'dist/types/index.d.ts',
      'dist/types/hotline-card.d.ts',
      'dist/themes/dark.css',
      'dist/themes/light.css',
      'dist/sri.json',
      'custom-elements.json',
      'README.md',
      'LICENSE',
    ]) {
      expect(result.files, required).to.include(required);
    }
    expect(result.files.some((file) => file.startsWith('dist/locales/ar-'))).to.equal(true);
  });

  it('a Vite app that imports kyr-widgets/hotline-card.js bundles the hotline card and nothing else', () => {
    expect(result.contains).to.deep.equal({
      'kyr-hotline-card': true,
      'kyr-rights-summary': false,
      'kyr-detainer-explainer': false,
      'kyr-language-picker': false,
    });
  });
});

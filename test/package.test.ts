import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface PackResult {
  files: string[];
  contains: Record<string, boolean>;
  litCopies: number;
  localeChunks: number;
  firstLoadGzip: number;
}

/** An app that imports two elements and the locale API from three entries of the package. */
const SEVERAL_ENTRIES = `import 'kyr-widgets/hotline-card.js';
import 'kyr-widgets/language-picker.js';
import { setLocale } from 'kyr-widgets';
import { html, render } from 'lit';
render(html\`<kyr-language-picker></kyr-language-picker><kyr-hotline-card></kyr-hotline-card>\`, document.body);
window.kyrSetLocale = setLocale;
`;

describe('the npm package', function () {
  this.timeout(120_000);
  let result: PackResult;
  let app: PackResult;
  before(async () => {
    result = await executeServerCommand<PackResult, { entry: string }>('kyr-pack-and-bundle', { entry: 'kyr-widgets/hotline-card.js' });
    app = await executeServerCommand<PackResult, { main: string }>('kyr-pack-and-bundle', { main: SEVERAL_ENTRIES });
  });

  it('holds exactly what users need: dist, types, manifest, themes, README, LICENSE', () => {
    const allowed = /^(dist\/|bin\/kyr-widgets\.js$|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/;
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

  it('the exports give an unbundled graph: the npm entries import lit, the script-tag files stay self-contained', () => {
    for (const entry of ['index', 'hotline-card', 'rights-summary', 'detainer-explainer', 'language-picker', 'elements-entry']) {
      expect(result.files, entry).to.include(`dist/npm/${entry}.js`);
    }
    expect(result.files.some((file) => file.startsWith('dist/npm/vendor/@lit/localize/'))).to.equal(true);
  });

  it('an app that imports lit itself and three entries of the kit bundles one Lit', () => {
    expect(app.litCopies).to.equal(1);
    expect(result.litCopies).to.equal(1);
  });

  it('… and one chunk per language, not one per entry', () => {
    expect(app.localeChunks).to.equal(11);
  });
});

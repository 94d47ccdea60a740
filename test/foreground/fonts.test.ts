import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { setLocale } from '../../src/entries/index.js';
import type { LitElement } from 'lit';

interface UsedFont {
  family: string;
  face: string;
  glyphs: number;
  size: string;
  weight: string;
  style: string;
  element: string;
  text: string;
}

interface Report {
  supported: boolean;
  used: UsedFont[];
  /** Font families installed on this machine (fontconfig). */
  installed: string[];
}

/** The faces Chromium used for the widgets' text (CSS.getPlatformFontsForNode); `supported: false` elsewhere. */
const report = () => executeServerCommand<Report, undefined>('kyr-platform-fonts');

const OTHER_SCRIPTS = /CJK|Arabic|Bengali|Nastaliq|Naskh|Kufi/;

/** The script face each language must get, and faces of its neighbours it must not. */
const scripts = [
  { locale: 'zh-Hant', family: 'Noto Sans CJK TC', never: ['Noto Sans CJK SC', 'Noto Sans CJK KR', 'Noto Sans CJK JP'] },
  { locale: 'zh-Hans', family: 'Noto Sans CJK SC', never: ['Noto Sans CJK TC', 'Noto Sans CJK KR', 'Noto Sans CJK JP'] },
  { locale: 'ko', family: 'Noto Sans CJK KR', never: ['Noto Sans CJK SC', 'Noto Sans CJK TC', 'Noto Sans CJK JP'] },
  { locale: 'ur', family: 'Noto Nastaliq Urdu', never: ['Noto Sans Arabic', 'Noto Naskh Arabic'] },
  { locale: 'ar', family: 'Noto Sans Arabic', never: ['Noto Nastaliq Urdu'] },
  { locale: 'bn', family: 'Noto Sans Bengali', never: ['Noto Sans CJK SC', 'Noto Sans Arabic'] },
];

/** Chromium's platform-fonts report (DevTools) is the only one the test runner can read: the checks are Chromium's. */
const inChromium = !navigator.userAgent.includes('Firefox');

(inChromium ? describe : () => undefined)('fonts: each language in its own script’s faces, and few faces on an English page', () => {
  let widgets: LitElement[];

  beforeEach(async () => {
    const page = await fixture(html`<div>
      <kyr-language-picker></kyr-language-picker>
      <kyr-hotline-card></kyr-hotline-card>
      <kyr-rights-summary></kyr-rights-summary>
      <kyr-detainer-explainer></kyr-detainer-explainer>
    </div>`);
    widgets = [...page.children] as LitElement[];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
  });
  after(() => setLocale('en'));

  const switchTo = async (locale: string) => {
    await setLocale(locale);
    await Promise.all(widgets.map((widget) => widget.updateComplete));
  };

  it('an English page sets up at most 3 faces, in at most 2 weights and 5 sizes, all from the Latin stack', async () => {
    await switchTo('en');
    const fonts = await report();
    expect(fonts.supported, "Chromium's platform-fonts report").to.equal(true);
    const { used } = fonts;
    const faces = [...new Set(used.map((font) => font.face))];
    expect(faces.length, `faces: ${faces.join(', ')}`).to.be.at.most(3);
    expect(faces.filter((face) => OTHER_SCRIPTS.test(face)), 'no other script’s face').to.deep.equal([]);
    const weights = [...new Set(used.map((font) => font.weight))].sort();
    expect(weights.length, `weights: ${weights.join(', ')}`).to.be.at.most(2);
    const sizes = [...new Set(used.map((font) => font.size))].sort();
    expect(sizes.length, `sizes: ${sizes.join(', ')}`).to.be.at.most(5);
  });

  for (const { locale, family, never } of scripts) {
    it(`${locale} text is drawn in ${family}, never in ${never.join(' or ')}`, async () => {
      await switchTo(locale);
      const fonts = await report();
      // CI installs fonts-noto-core and fonts-noto-cjk; without them this language cannot be checked.
      expect(fonts.installed, 'the Noto fonts are installed').to.include(family);
      const families = new Set(fonts.used.map((font) => font.family));
      expect([...families], 'the script’s own face').to.include(family);
      expect(fonts.used.filter((font) => never.includes(font.family)).map((font) => `${font.element}: ${font.text}`), 'a neighbour’s face').to.deep.equal([]);
      // The widget's heading, in the language's own face.
      const heading = fonts.used.filter((font) => font.element === 'h2' && !/^[\x20-\x7e]*$/.test(font.text));
      expect(heading.length, 'a heading in the script').to.be.greaterThan(0);
      expect(heading.some((font) => font.family === family)).to.equal(true);
    });
  }

  it('a partner’s --kyr-font-family replaces every stack, in every script', async () => {
    widgets.forEach((widget) => widget.style.setProperty('--kyr-font-family', 'Noto Serif, serif'));
    await switchTo('en');
    const fonts = await report();
    expect(fonts.installed).to.include('Noto Serif');
    expect([...new Set(fonts.used.map((font) => font.family))]).to.deep.equal(['Noto Serif']);
  });
});

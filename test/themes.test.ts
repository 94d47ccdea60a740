import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { contrast, over, parseColor, type Rgba } from './helpers/contrast.js';
import { openExamplesPage, type ExamplesPage } from './helpers/examples-page.js';

/**
 * Each theme preset's colors as the widgets paint them (computed, not read from the CSS):
 * text 4.5:1, control borders and the step-through's outcome bars 3:1 (WCAG 1.4.3, 1.4.11).
 */

type Explainer = HTMLElement & { updateComplete: Promise<boolean>; restart(): void };

function colorOf(el: Element, property: string): Rgba {
  return parseColor(el.ownerDocument.defaultView!.getComputedStyle(el).getPropertyValue(property));
}

async function measure(page: ExamplesPage): Promise<Record<string, number | string>> {
  const card = page.widgets[0].shadowRoot!;
  const root = card.firstElementChild!;
  const surface = colorOf(root, 'background-color');
  const text = (el: Element) => contrast(over(colorOf(el, 'color'), surface), surface);
  const found: Record<string, number | string> = {
    'color-scheme': page.win.getComputedStyle(root).colorScheme,
    'text on surface': text(root),
    'muted text (agency) on surface': text(card.querySelector('[part="agency"]')!),
    'link on surface': text(card.querySelector('[part="source"] a')!),
    'call link text on its fill': contrast(colorOf(card.querySelector('.call-link')!, 'color'), colorOf(card.querySelector('.call-link')!, 'background-color')),
    'button border on surface': contrast(colorOf(card.querySelector('button')!, 'border-top-color'), surface),
  };
  const select = page.examples.find((e) => e.tag === 'kyr-language-picker')!.widget.shadowRoot!.querySelector('select')!;
  found['select border on its fill'] = contrast(colorOf(select, 'border-top-color'), colorOf(select, 'background-color'));

  const explainer = page.examples.find((e) => e.example.name === 'step-through')!.widget as Explainer;
  for (const path of [['no'], ['yes', 'yes'], ['unknown']]) {
    explainer.restart();
    await explainer.updateComplete;
    for (const reply of path) {
      explainer.shadowRoot!.querySelector<HTMLButtonElement>(`[data-answer="${reply}"]`)!.click();
      await explainer.updateComplete;
    }
    const answer = explainer.shadowRoot!.querySelector('[part="answer"]')!;
    const outcome = [...answer.classList].find((c) => c !== 'answer')!;
    const explainerSurface = colorOf(explainer.shadowRoot!.firstElementChild!, 'background-color');
    const bar = colorOf(answer, 'border-inline-start-color');
    found[`${outcome} bar on the answer`] = contrast(bar, over(colorOf(answer, 'background-color'), explainerSurface));
    found[`${outcome} bar on surface`] = contrast(bar, explainerSurface);
  }
  return found;
}

function failures(found: Record<string, number | string>, scheme: string): string[] {
  return Object.entries(found)
    .filter(([name, value]) => (name === 'color-scheme' ? value !== scheme : (value as number) < (/border|bar/.test(name) ? 3 : 4.5)))
    .map(([name, value]) => `${name}: ${typeof value === 'number' ? `${value.toFixed(2)}:1` : value}`);
}

describe('theme presets: every color pair as painted', function () {
  this.timeout(20000);
  let page: ExamplesPage | undefined;
  afterEach(() => page?.close());

  for (const [name, theme, scheme] of [
    ['default (no preset)', '', 'normal'],
    ['light.css', 'kyr-theme-light', 'light'],
    ['dark.css', 'kyr-theme-dark', 'dark'],
    ['partner-example.css', 'kyr-theme-partner', 'normal'],
  ]) {
    it(`${name}: text 4.5:1, borders and outcome bars 3:1${scheme === 'dark' ? ', color-scheme: dark' : ''}`, async () => {
      page = await openExamplesPage({ width: 420, theme });
      expect(failures(await measure(page), scheme)).to.deep.equal([]);
    });
  }

  it('dark mode is opt-in: kyr-theme-auto is light while the reader has not asked for dark', async () => {
    page = await openExamplesPage({ width: 420, theme: 'kyr-theme-auto' });
    if (page.win.matchMedia('(prefers-color-scheme: dark)').matches) throw new Error('this browser prefers dark: the test cannot tell');
    expect(page.win.getComputedStyle(page.widgets[0].shadowRoot!.firstElementChild!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  // prefers-color-scheme can be emulated through Chromium's DevTools only.
  if (!navigator.userAgent.includes('Firefox')) {
    it('kyr-theme-auto is the dark preset when the reader’s system asks for dark (Chromium)', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        page = await openExamplesPage({ width: 420, theme: 'kyr-theme-auto' });
        expect(page.win.matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
        expect(page.win.getComputedStyle(page.widgets[0].shadowRoot!.firstElementChild!).backgroundColor).to.equal('rgb(26, 29, 33)');
        expect(failures(await measure(page), 'dark')).to.deep.equal([]);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});

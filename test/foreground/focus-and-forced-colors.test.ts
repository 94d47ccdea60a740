import { expect, fixtureSync, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { contrast, over, parseColor, parseShadow, type Rgba } from '../helpers/contrast.js';
import { openExamplesPage, type ExamplesPage } from '../helpers/examples-page.js';
import { $ } from '../helpers/shadow.js';
import '../../src/entries/hotline-card.js';
import type { KyrHotlineCard } from '../../src/elements/hotline-card/hotline-card.js';

/**
 * The focus ring (WCAG 2.4.7, 2.4.11, 1.4.11) on every control of every example, on every
 * theme, measured from the computed colors; and forced colors (Windows High Contrast), where
 * backgrounds go and only borders, outlines and text are painted.
 */

const CONTROLS = 'a[href], button, select';
const themes = [
  ['light (default)', ''],
  ['dark', 'kyr-theme-dark'],
  ['partner example', 'kyr-theme-partner'],
] as const;

const opaque = (color: Rgba) => color.a > 0;

/** The color behind an element (its own background excluded): ancestors' backgrounds composited, through shadow roots. */
function behind(el: Element): Rgba {
  const layers: Rgba[] = [];
  let node: Element | null = el;
  while (node) {
    node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
    if (!node) break;
    const color = parseColor(node.ownerDocument.defaultView!.getComputedStyle(node).backgroundColor);
    if (opaque(color)) layers.push(color);
    if (color.a === 1) break;
  }
  return layers.reduceRight((bottom, top) => over(top, bottom), { r: 255, g: 255, b: 255, a: 1 });
}

interface Ring {
  control: string;
  width: number;
  ringOnBackground: number;
  ringOnGap: number;
  gapOnFill?: number;
  gapFillsOffset: boolean;
}

/** Measures the focus ring of the focused control. */
function ring(control: HTMLElement, label: string): Ring {
  const style = control.ownerDocument.defaultView!.getComputedStyle(control);
  const ringColor = parseColor(style.outlineColor);
  const background = behind(control);
  const shadow = parseShadow(style.boxShadow);
  const gap = shadow ? over(shadow.color, background) : background;
  const fill = parseColor(style.backgroundColor);
  const border = parseFloat(style.borderTopWidth) > 0 ? parseColor(style.borderTopColor) : undefined;
  // What touches the gap: an outlined control's border (a button), else a filled control's fill (the call link's border is transparent).
  const edge = border && opaque(border) ? over(border, background) : opaque(fill) ? over(fill, background) : undefined;
  return {
    control: label,
    width: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
    ringOnBackground: contrast(ringColor, background),
    ringOnGap: contrast(ringColor, gap),
    gapOnFill: edge && contrast(gap, edge),
    gapFillsOffset: (shadow?.spread ?? 0) >= parseFloat(style.outlineOffset),
  };
}

const controlsOf = (page: ExamplesPage) =>
  page.examples.flatMap(({ tag, example, widget }) =>
    [...widget.shadowRoot!.querySelectorAll<HTMLElement>(CONTROLS)]
      // Invisible controls (the step-through's stand-in once the script runs) take no focus.
      .filter((control) => control.checkVisibility({ visibilityProperty: true }))
      .map((control, i) => ({ control, label: `${tag}/${example.name} #${i} ${control.localName}.${control.className}` })),
  );

describe('focus ring: 3 px, in the text color, outside a surface-colored gap, 3:1 or more on every theme', function () {
  this.timeout(20000);
  let page: ExamplesPage | undefined;
  afterEach(() => page?.close());

  for (const [name, theme] of themes) {
    it(`${name}: every control of every example`, async () => {
      page = await openExamplesPage({ width: 420, theme });
      // A key press first: the browser then shows :focus-visible for focus moved by script, as for Tab.
      await sendKeys({ press: 'Shift' });
      const failures: string[] = [];
      const controls = controlsOf(page);
      expect(controls.length).to.be.greaterThan(40);
      for (const { control, label } of controls) {
        control.focus();
        if (!control.matches(':focus-visible')) {
          failures.push(`${label}: not :focus-visible`);
          continue;
        }
        // Containment around a control clips its ring (content-visibility: auto did, on the If-ICE section).
        for (let a = control.parentElement; a; a = a.parentElement) {
          const style = page.win.getComputedStyle(a);
          if (style.contentVisibility === 'auto' || /paint|content|strict/.test(style.contain) || style.overflow !== 'visible') {
            failures.push(`${label}: inside <${a.localName} class="${a.className}"> that clips (${style.contentVisibility} ${style.contain} ${style.overflow})`);
          }
        }
        const r = ring(control, label);
        if (r.width < 3) failures.push(`${label}: ring ${r.width}px`);
        if (r.ringOnBackground < 3) failures.push(`${label}: ring on its background ${r.ringOnBackground.toFixed(2)}:1`);
        if (r.ringOnGap < 3) failures.push(`${label}: ring on the gap ${r.ringOnGap.toFixed(2)}:1`);
        if (r.gapOnFill !== undefined && r.gapOnFill < 3) failures.push(`${label}: gap on the control ${r.gapOnFill.toFixed(2)}:1`);
        if (!r.gapFillsOffset) failures.push(`${label}: the gap does not fill the outline offset`);
      }
      expect(failures).to.deep.equal([]);
    });
  }

  it('the step-through heading that takes focus after an answer has the same ring, on every theme', async () => {
    for (const [, theme] of themes) {
      page = await openExamplesPage({ width: 420, theme });
      const explainer = page.examples.find((e) => e.example.name === 'step-through')!.widget as HTMLElement & { updateComplete: Promise<boolean> };
      for (const reply of ['yes', 'no']) {
        explainer.shadowRoot!.querySelector<HTMLButtonElement>(`[data-answer="${reply}"]`)!.click();
        await explainer.updateComplete;
        const target = explainer.shadowRoot!.activeElement as HTMLElement;
        expect(target?.localName, theme).to.equal('h4');
        const r = ring(target, `${theme} ${reply}`);
        expect(r.width).to.be.at.least(3);
        expect(r.ringOnBackground).to.be.at.least(3);
        expect(r.ringOnGap).to.be.at.least(3);
      }
      page.close();
    }
  });
});

/** Forced-colors emulation is reached through Chromium's DevTools only; Firefox runs the check of what forced colors paint. */
const chromium = !navigator.userAgent.includes('Firefox');

// In the foreground group: :focus-visible matches only in a page that has focus.
describe('focus ring tokens', () => {
  it('the focus ring follows a partner’s text color until the partner sets a focus color', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="--kyr-color-text: rgb(36, 19, 46)"><kyr-hotline-card></kyr-hotline-card></div>`);
    const card = wrapper.querySelector<KyrHotlineCard>('kyr-hotline-card')!;
    await card.updateComplete;
    const button = $<HTMLButtonElement>(card, 'button');
    button.focus({ focusVisible: true } as FocusOptions);
    expect(button.matches(':focus-visible'), 'the ring is showing').to.equal(true);
    const ringColor = () => getComputedStyle(button).outlineColor;
    expect(ringColor()).to.equal('rgb(36, 19, 46)');
    wrapper.style.setProperty('--kyr-color-focus', 'rgb(0, 100, 0)');
    expect(ringColor()).to.equal('rgb(0, 100, 0)');
  });
});

describe('forced colors (Windows High Contrast)', function () {
  this.timeout(20000);
  let page: ExamplesPage | undefined;
  afterEach(() => page?.close());

  it('call links and the legal-help box carry a transparent border, for forced colors to paint', async () => {
    page = await openExamplesPage({ width: 420 });
    const boxes = page.widgets.flatMap((w) => [...w.shadowRoot!.querySelectorAll<HTMLElement>('.call-link, .help')]);
    expect(boxes.length).to.be.greaterThan(10);
    const missing = boxes.filter((box) => {
      const style = page!.win.getComputedStyle(box);
      return style.borderTopStyle !== 'solid' || parseFloat(style.borderTopWidth) < 1;
    });
    expect(missing.map((box) => box.className)).to.deep.equal([]);
  });

  if (chromium) {
    describe('emulated (Chromium)', () => {
      before(async () => {
        expect(await executeServerCommand('kyr-emulate', { forcedColors: 'active' })).to.equal(true);
      });
      after(() => executeServerCommand('kyr-emulate', { forcedColors: 'none' }));

      it('call links, buttons and the select keep a visible border (their fill is gone)', async () => {
        page = await openExamplesPage({ width: 420 });
        expect(page.win.matchMedia('(forced-colors: active)').matches).to.equal(true);
        const failures: string[] = [];
        for (const { control, label } of controlsOf(page)) {
          if (control.localName === 'a' && !control.matches('.call-link')) continue; // text links stay underlined text
          const style = page.win.getComputedStyle(control);
          const width = parseFloat(style.borderTopWidth);
          const color = parseColor(style.borderTopColor);
          if (style.borderTopStyle === 'none' || width < 1) failures.push(`${label}: no border`);
          else if (!opaque(color) || contrast(color, behind(control)) < 3) failures.push(`${label}: border ${style.borderTopColor} on ${JSON.stringify(behind(control))}`);
        }
        expect(failures).to.deep.equal([]);
      });

      it('focus stays visible: an outline on the focused control', async () => {
        page = await openExamplesPage({ width: 420 });
        await sendKeys({ press: 'Shift' });
        const link = page.widgets[0].shadowRoot!.querySelector<HTMLElement>('.call-link')!;
        link.focus();
        const style = page.win.getComputedStyle(link);
        expect(style.outlineStyle).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
      });
    });
  }
});

describe('icons', () => {
  it('are drawn in currentColor, so they follow the text (and forced colors)', async () => {
    const page = await openExamplesPage({ width: 420 });
    try {
      const icons = page.widgets.flatMap((w) => [...w.shadowRoot!.querySelectorAll('svg')]);
      expect(icons.length).to.be.greaterThan(10);
      const off = icons.filter((svg) => {
        const style = page.win.getComputedStyle(svg);
        return style.stroke !== style.color || svg.getAttribute('aria-hidden') !== 'true';
      });
      expect(off.map((svg) => svg.outerHTML.slice(0, 80))).to.deep.equal([]);
    } finally {
      page.close();
    }
  });
});

import { expect } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { allExamples, createExample, type Example, type KyrTag } from '../../src/elements/examples.js';
import { allLocales, setLocale } from '../../src/entries/index.js';
import { axeViolations } from '../helpers/axe.js';

/**
 * The accessibility matrix, after GOV.UK Frontend: every documented example
 * (src/elements/<name>/<name>.examples.json) × all twelve locales × light and dark, with
 * zero axe violations, the accessibility tree's headings and names (Chromium; the DOM's
 * equivalent in Firefox), each widget's lang and dir, and a keyboard walk through every
 * control. A new example is tested here without touching this file. One page holds all the
 * examples, so axe runs once per locale and theme.
 */

interface AxNode {
  role: string;
  name: string;
  level?: number;
  children?: AxNode[];
}

const rtl = new Set(['ar', 'ur']);
const fold = (text?: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const CONTROLS = 'a[href], button:not([disabled]), select';

describe('accessibility matrix: every example × 12 locales × light and dark', function () {
  this.timeout(30000);
  const page = document.createElement('div');
  const start = document.createElement('button');
  /** One of each element (its first example), as a partner's page has them. */
  const oneOfEach = document.createElement('div');
  const themeSheet = document.createElement('link');
  let examples: Array<{ tag: KyrTag; example: Example; widget: LitElement }> = [];
  const widgets = () => examples.map((e) => e.widget);

  async function show(locale: string, theme: 'light' | 'dark'): Promise<void> {
    page.className = theme === 'dark' ? 'kyr-theme-dark' : '';
    await setLocale(locale);
    // The locale switch re-renders on lit-localize's status event; let it fire, then wait for every widget.
    await new Promise((r) => setTimeout(r));
    await Promise.all([...widgets(), ...oneOfEach.children].map((w) => (w as LitElement).updateComplete));
  }

  before(async () => {
    themeSheet.rel = 'stylesheet';
    themeSheet.href = '/src/themes/dark.css';
    const loaded = new Promise((resolve) => themeSheet.addEventListener('load', resolve, { once: true }));
    document.head.append(themeSheet);
    await loaded;
    // A partner's page in English (what their own text in attributes is marked as), white or dark.
    page.lang = 'en';
    page.id = 'matrix';
    const style = document.createElement('style');
    style.textContent = '#matrix { padding: 8px; background: #ffffff; } #matrix.kyr-theme-dark { background: #121417; color: #f1f3f5; } #matrix > * { margin-block-end: 16px; }';
    page.append(style);
    start.textContent = 'before the widgets';
    document.body.append(start, page);
    // An outline to fit into: the page's h1, and for an example with a deeper heading-level, the headings above it.
    const h1 = document.createElement('h1');
    h1.textContent = 'Examples';
    page.append(h1);
    examples = allExamples.flatMap(({ tag, examples: list }) =>
      list.map((example) => {
        // Headings from h2 down to one above the example's own, as the page it is written for has.
        for (let level = 2; level < Number(example.attributes['heading-level'] ?? 2); level++) {
          const label = document.createElement(`h${level}`);
          label.textContent = `${example.title} (h${level})`;
          page.append(label);
        }
        const widget = createExample(tag, example) as LitElement;
        page.append(widget);
        return { tag, example, widget };
      }),
    );
    oneOfEach.lang = 'en';
    for (const { tag, examples: list } of allExamples) oneOfEach.append(createExample(tag, list[0]));
    document.body.append(oneOfEach);
    await Promise.all([...widgets(), ...oneOfEach.children].map((w) => (w as LitElement).updateComplete));
  });

  after(async () => {
    await setLocale('en');
    page.remove();
    oneOfEach.remove();
    start.remove();
    themeSheet.remove();
  });

  it('has every example of every element on the page', () => {
    expect(new Set(examples.map((e) => e.tag)).size).to.equal(4);
    expect(examples.length).to.equal(allExamples.reduce((n, set) => n + set.examples.length, 0));
  });

  /** Headings a screen reader lists, per widget, from the DOM: [level, name]. */
  const domHeadings = (widget: Element) =>
    [...widget.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => [Number(h.localName[1]), fold(h.textContent)] as [number, string]);

  /** Every control's accessible name as the DOM gives it (aria-label, else its text). */
  const domControls = (widget: Element) =>
    [...widget.shadowRoot!.querySelectorAll<HTMLElement>(CONTROLS)].map((control) => ({
      control,
      name: fold(control.getAttribute('aria-label') ?? (control instanceof HTMLSelectElement ? control.labels?.[0]?.textContent : control.textContent)),
      visible: fold(control.textContent),
    }));

  for (const locale of allLocales) {
    for (const theme of ['light', 'dark'] as const) {
      describe(`${locale}, ${theme}`, () => {
        beforeEach(() => show(locale, theme));

        it('axe finds no violations', async () => {
          if (theme === 'light') {
            // This page holds three rights summaries and five explainers, each a region named by its title: no
            // real page repeats one, so unique landmarks are checked on a page with one of each.
            expect(await axeViolations(page, { rules: { 'landmark-unique': { enabled: false } } })).to.deep.equal([]);
            expect(await axeViolations(oneOfEach)).to.deep.equal([]);
          } else {
            // The theme changes colors only (the same DOM was checked in full, light): the rules about color.
            expect(await axeViolations(page, { runOnly: ['color-contrast', 'link-in-text-block'] })).to.deep.equal([]);
          }
        });

        it('marks each widget with the locale’s lang and dir, and a partner’s own text with the page’s', () => {
          const wrong = examples
            .map(({ tag, example, widget }) => {
              const root = widget.shadowRoot!.firstElementChild!;
              const dir = rtl.has(locale) ? 'rtl' : 'ltr';
              return root.getAttribute('lang') === locale && root.getAttribute('dir') === dir ? '' : `${tag}/${example.name}: lang=${root.getAttribute('lang')} dir=${root.getAttribute('dir')}`;
            })
            .filter(Boolean);
          expect(wrong).to.deep.equal([]);
          const partner = examples.find((e) => e.tag === 'kyr-hotline-card' && e.example.attributes.name)!.widget;
          const marked = [...partner.shadowRoot!.querySelectorAll('[part="card"] [lang]')].filter((el) => el.textContent!.includes(partner.getAttribute('name')!));
          expect(marked.map((el) => el.getAttribute('lang'))).to.deep.equal(['en']);
        });

        it('headings start at each example’s heading-level and never skip a level; every control has a name', async () => {
          const problems: string[] = [];
          for (const { tag, example, widget } of examples) {
            const label = `${tag}/${example.name}`;
            const headings = domHeadings(widget);
            if (tag !== 'kyr-language-picker') {
              const expected = Number(example.attributes['heading-level'] ?? 2);
              if (headings[0]?.[0] !== expected) problems.push(`${label}: first heading h${headings[0]?.[0]}, expected h${expected}`);
              headings.forEach(([level, name], i) => {
                if (!name) problems.push(`${label}: empty h${level}`);
                if (i && level > headings[i - 1][0] + 1) problems.push(`${label}: h${headings[i - 1][0]} then h${level}`);
              });
            }
            for (const { control, name, visible } of domControls(widget)) {
              if (!name) problems.push(`${label}: unnamed <${control.localName}>`);
              // Voice control users say what they see: the name starts with the visible words (axe: label-content-name-mismatch).
              if (control.hasAttribute('aria-label') && !name.startsWith(visible)) problems.push(`${label}: "${name}" does not start with "${visible}"`);
            }
          }
          expect(problems).to.deep.equal([]);

          if (navigator.userAgent.includes('Firefox')) return; // no accessibility tree here; the DOM checks above stand in
          const nodes: AxNode[] = [];
          const walk = (node: AxNode) => {
            nodes.push(node);
            (node.children ?? []).forEach(walk);
          };
          walk((await a11ySnapshot({})) as unknown as AxNode);
          const treeHeadings = nodes.filter((n) => n.role === 'heading').map((n) => [n.level, fold(n.name)]);
          // The page's own headings (h1, labels) and each widget's, in document order, then the one-of-each page's.
          const headingsIn = (container: Element) =>
            [...container.children].flatMap((el) => (/^h[1-6]$/.test(el.localName) ? [[Number(el.localName[1]), fold(el.textContent)]] : el.shadowRoot ? domHeadings(el) : []));
          expect(treeHeadings, 'headings in the accessibility tree').to.deep.equal([...headingsIn(page), ...headingsIn(oneOfEach)]);
          const unnamed = nodes.filter((n) => ['link', 'button', 'combobox'].includes(n.role) && !fold(n.name)).map((n) => n.role);
          expect(unnamed, 'controls without a name in the accessibility tree').to.deep.equal([]);
        });

        if (theme === 'light') {
          it('Tab reaches every control in order, each with a visible focus ring', async () => {
            // What stands in for the step-through without the script keeps its room, invisible: Tab skips it.
            const expected = widgets().flatMap((w) => [...w.shadowRoot!.querySelectorAll<HTMLElement>(CONTROLS)].filter((c) => c.checkVisibility({ visibilityProperty: true })));
            const reached: Array<{ el: Element; ring: number }> = [];
            const record = (event: FocusEvent) => {
              const el = event.composedPath()[0] as HTMLElement;
              const style = getComputedStyle(el);
              reached.push({ el, ring: el.matches(':focus-visible') && style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0 });
            };
            start.focus();
            // On each shadow root: a focus move inside one widget never reaches the document (the event stops at its host).
            const roots = widgets().map((w) => w.shadowRoot!);
            roots.forEach((root) => root.addEventListener('focusin', record as EventListener, true));
            try {
              // Keyboard input needs the focused page (this file runs on its own); focusin records where each Tab lands.
              await sendKeys({ press: 'Tab' });
              // The other presses in one command, not one round trip each: twelve walks stay fast.
              await executeServerCommand('kyr-press', { key: 'Tab', times: expected.length - 1 });
            } finally {
              roots.forEach((root) => root.removeEventListener('focusin', record as EventListener, true));
            }
            const order = reached.map((r, i) => (r.el === expected[i] ? '' : `#${i}: ${r.el.localName}.${(r.el as HTMLElement).className} instead of ${expected[i]?.localName}`)).filter(Boolean);
            expect(order, 'tab order').to.deep.equal([]);
            expect(reached.length).to.equal(expected.length);
            expect(reached.filter((r) => r.ring < 3).map((r) => `${r.el.localName}: ${r.ring}px`), 'focus rings').to.deep.equal([]);
          });
        }
      });
    }
  }
});

import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { allLocales, getLocale, setLocale } from '../src/entries/index.js';
import { SAME_IN_EVERY_LANGUAGE } from '../scripts/xliff-rules.mjs';
import { renderedIn } from './helpers/wait.js';

/**
 * Renders every element in every locale and looks for English left on screen:
 * any text node that reads exactly as it does in English is a leftover, unless
 * it is marked lang="en" (official names, kept on purpose) or sits in a
 * left-to-right island (numbers, URLs).
 */

const markup: Array<[string, Record<string, string>]> = [
  ['kyr-hotline-card', {}],
  ['kyr-hotline-card', { hotline: '311' }],
  ['kyr-hotline-card', { hotline: 'new-americans' }],
  ['kyr-rights-summary', { feedback: '' }],
  ['kyr-detainer-explainer', { feedback: '' }],
  ['kyr-detainer-explainer', { sections: 'decision' }],
  ['kyr-language-picker', {}],
  ['kyr-detainer-explainer', { sections: 'decision' }],
  ['kyr-detainer-explainer', { sections: 'decision' }],
  ['kyr-rights-summary', { compact: '' }],
];

/** Replies given to the explainers above (by index), so every kind of answer is on screen. */
const walks: Record<number, string[]> = { 5: ['yes', 'yes'], 7: ['unknown'], 8: ['yes', 'no', 'no'] };

/** Same on screen in every language: the translation check's allow-list, and numbers. */
const sameEverywhere = (text: string) => SAME_IN_EVERY_LANGUAGE.has(text) || /^[\d\s.,()\-–:]+$/.test(text);

/** Inside an English or left-to-right island below the widget's own root (whose lang/dir is the locale's). */
function inIsland(node: Node, root: Element): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (el.getAttribute('lang') === 'en' || el.getAttribute('dir') === 'ltr' || el.localName === 'option') return true;
  }
  return false;
}

function visibleText(widget: Element): string[] {
  const texts: string[] = [];
  const root = widget.shadowRoot!.firstElementChild!;
  const walker = document.createTreeWalker(widget.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (inIsland(node, root)) continue;
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    if (/\p{L}{2,}/u.test(text) && !sameEverywhere(text)) texts.push(text);
  }
  // What a screen reader says or a tooltip shows counts as on screen too.
  for (const el of widget.shadowRoot!.querySelectorAll('[aria-label], [title]')) {
    for (const name of ['aria-label', 'title']) {
      const text = el.getAttribute(name)?.replace(/\s+/g, ' ').trim();
      if (text && /\p{L}{2,}/u.test(text) && !sameEverywhere(text)) texts.push(`[${name}] ${text}`);
    }
  }
  return texts;
}

describe('every locale renders every element with no English left over', () => {
  const page = document.createElement('div');
  let widgets: LitElement[] = [];
  const english = new Set<string>();

  async function rendered(locale: string): Promise<void> {
    await setLocale(locale);
    expect(getLocale()).to.equal(locale);
    await Promise.all(widgets.map((w) => renderedIn(w, locale)));
    await Promise.all(widgets.map((w) => w.updateComplete));
  }

  before(async () => {
    for (const [tag, attributes] of markup) {
      const widget = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
      page.append(widget);
    }
    document.body.append(page);
    widgets = [...page.children] as LitElement[];
    await Promise.all(widgets.map((w) => w.updateComplete));
    // The step-throughs show each kind of answer, with the path that led to it.
    for (const [index, replies] of Object.entries(walks)) {
      const explainer = widgets[Number(index)];
      for (const reply of replies) {
        explainer.shadowRoot!.querySelector<HTMLButtonElement>(`[data-answer="${reply}"]`)!.click();
        await explainer.updateComplete;
      }
    }
    await rendered('en');
    for (const widget of widgets) for (const text of visibleText(widget)) english.add(text);
  });
  after(async () => {
    await setLocale('en');
    page.remove();
  });

  it('finds English text to compare with', () => {
    expect(english.size).to.be.greaterThan(60);
    expect(english.has('Save contact')).to.equal(true);
  });

  for (const locale of allLocales.filter((l) => l !== 'en')) {
    it(`${locale}: no English on screen`, async () => {
      await rendered(locale);
      const leftovers = widgets.flatMap((w) => visibleText(w).filter((text) => english.has(text)).map((t) => `${w.localName}: ${t}`));
      expect(leftovers).to.deep.equal([]);
      expect(widgets.every((w) => w.shadowRoot!.firstElementChild!.getAttribute('lang') === locale)).to.equal(true);
    });
  }
});

import { expect } from '@open-wc/testing';
import { languagePickerExamples } from '../src/elements/language-picker/language-picker.examples.js';

/**
 * The plain language lists a reader sees before the script runs (the picker's documented
 * fallbacks, which the README copies, and the demo page's) show the names in the order they are
 * written. Between two right-to-left names a separator takes their direction, and without
 * isolation the line reads "한국어, اردو ,العربية".
 */

/** Each name's left edge on screen, in the order the names are written. */
function leftEdges(paragraph: HTMLElement): Array<[string, number]> {
  const names = paragraph.textContent!.replace(/^\s*Languages:\s*/, '').split(/\s*[·,]\s*/).map((name) => name.trim());
  const texts: Text[] = [];
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let from = 0;
  return names.map((name) => {
    for (; from < texts.length; from++) {
      const at = texts[from].data.indexOf(name);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(texts[from], at);
      range.setEnd(texts[from], at + name.length);
      return [name, range.getBoundingClientRect().left];
    }
    throw new Error(`${name} not found`);
  });
}

/** Shows `markup` (one paragraph) on one line of a left-to-right page, as a host page would before the script runs. */
function show(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.style.cssText = 'inline-size: max-content; white-space: nowrap; font: 16px sans-serif';
  host.innerHTML = markup;
  document.body.append(host);
  return host.querySelector('p')!;
}

function expectReadingOrder(markup: string): void {
  const paragraph = show(markup);
  try {
    const edges = leftEdges(paragraph);
    expect(edges.length).to.be.greaterThan(3);
    const onScreen = [...edges].sort((a, b) => a[1] - b[1]).map(([name]) => name);
    expect(onScreen).to.deep.equal(edges.map(([name]) => name));
  } finally {
    paragraph.parentElement!.remove();
  }
}

describe('the plain language list, before the script runs', () => {
  for (const example of languagePickerExamples.examples) {
    it(`${example.name} fallback: every name in the order written, Arabic before Urdu`, () => {
      expectReadingOrder(example.fallback);
    });
  }

  it('the demo page’s list: every name in the order written, Arabic before Urdu', async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    expectReadingOrder(page.querySelector('kyr-language-picker p')!.outerHTML);
  });

  it('catches the bug it guards against: the same list as plain text puts Urdu first', () => {
    const paragraph = show('<p>한국어 · العربية · اردو · Français</p>');
    try {
      const [, arabic, urdu] = leftEdges(paragraph);
      expect(urdu[1]).to.be.lessThan(arabic[1]);
    } finally {
      paragraph.parentElement!.remove();
    }
  });
});

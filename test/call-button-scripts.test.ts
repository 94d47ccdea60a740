import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { allLocales, setLocale } from '../src/entries/index.js';
import { hotlineCardExamples } from '../src/elements/hotline-card/hotline-card.examples.js';
import { createExample } from '../src/elements/examples.js';
import type { KyrHotlineCard } from '../src/elements/hotline-card/hotline-card.js';
import { inkBoxes, outside, verticalGap, type InkBox } from './helpers/ink.js';
import { $ } from './helpers/shadow.js';

/**
 * Issue 19, item 6: in Urdu the call button's "کال کریں" ran into the number below it (the
 * card's tight line height overrode Nastaliq's). For every hotline card example, in every
 * locale, on a 320 and a 375 px phone: the label's glyphs and the number's keep a visible gap,
 * and neither reaches out of the button.
 */

/** Clear space between the label's glyphs and the number's that a reader sees as a gap (Urdu had -0.2 px). */
const MIN_GAP = 2;
/** Sub-pixel rounding between layout and canvas measurement. */
const TOLERANCE = 0.5;

const describeBox = (box: InkBox) => `"${box.text}" (${box.top.toFixed(1)}…${box.bottom.toFixed(1)})`;

function problems(card: KyrHotlineCard): string[] {
  const label = inkBoxes($(card, '.call-label'));
  const number = inkBoxes($(card, '.call .number'));
  const found: string[] = [];
  if (!label.length || !number.length) found.push('the label or the number is not laid out');
  for (const a of label) {
    for (const b of number) {
      const gap = verticalGap(a, b);
      if (gap < MIN_GAP) found.push(`label ${describeBox(a)} and number ${describeBox(b)} are ${gap.toFixed(1)}px apart`);
    }
  }
  const button = $(card, 'a[part="phone-link"]').getBoundingClientRect();
  for (const box of [...label, ...number]) {
    const out = outside(box, button);
    if (out > TOLERANCE) found.push(`${describeBox(box)} reaches ${out.toFixed(1)}px out of the button`);
  }
  return found;
}

describe('the call button keeps its label and its number apart, in every script', function () {
  this.timeout(30000);
  let box: HTMLDivElement;
  let cards: KyrHotlineCard[];

  before(() => {
    box = document.createElement('div');
    cards = hotlineCardExamples.examples.map((example) => box.appendChild(createExample('kyr-hotline-card', example)) as KyrHotlineCard);
    document.body.append(box);
  });
  after(async () => {
    box.remove();
    await setLocale('en');
    await setViewport({ width: 800, height: 600 });
  });

  // Urdu, Arabic and Bengali first: the scripts that need taller lines than Latin.
  const first = ['ur', 'ar', 'bn'];
  for (const locale of [...first, ...allLocales.filter((code) => !first.includes(code))]) {
    it(`${locale}: at 320 and 375 px, the label's and the number's glyphs keep apart and stay inside the button`, async () => {
      await setLocale(locale);
      await Promise.all(cards.map((card) => card.updateComplete));
      await document.fonts.ready;
      const found: string[] = [];
      for (const width of [320, 375]) {
        await setViewport({ width, height: 800 });
        expect(box.getBoundingClientRect().width, 'the page is as wide as the phone').to.be.at.most(width);
        hotlineCardExamples.examples.forEach((example, i) => {
          expect($(cards[i], '.root').getAttribute('lang'), 'rendered in the locale').to.equal(locale);
          for (const problem of problems(cards[i])) found.push(`${width}px ${example.name}: ${problem}`);
        });
      }
      expect(found).to.deep.equal([]);
    });
  }
});

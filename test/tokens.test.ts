import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../src/entries/hotline-card.js';
import '../src/entries/language-picker.js';
import type { KyrHotlineCard } from '../src/elements/hotline-card/hotline-card.js';
import { $ } from './helpers/shadow.js';

/**
 * The public tokens as a page sets them, painted: each is resolved once on the element's host
 * (styles/tokens.ts), so a value set on an ancestor reaches every rule, a token that defaults to
 * another follows a partner's value of that one (the focus ring's, which needs a focused page, is in
 * foreground/focus-and-forced-colors.test.ts), and --kyr-space has one default whether set or not.
 * Wrappers are made with fixtureSync: `fixture` waits a frame for a plain element, and a page in
 * the background (test files run side by side) gets no frames.
 */

const style = (el: Element) => getComputedStyle(el);
const surfaceOf = (card: Element) => $<HTMLElement>(card, '.surface');

describe('design tokens', () => {
  it('a partner’s accent on an ancestor paints the call link, the buttons and the language select', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="--kyr-color-accent: rgb(106, 27, 154)">
      <kyr-hotline-card></kyr-hotline-card><kyr-language-picker></kyr-language-picker>
    </div>`);
    const card = wrapper.querySelector<KyrHotlineCard>('kyr-hotline-card')!;
    const picker = wrapper.querySelector('kyr-language-picker') as HTMLElement & { updateComplete: Promise<boolean> };
    await Promise.all([card.updateComplete, picker.updateComplete]);
    expect(style($(card, '.call-link')).backgroundColor).to.equal('rgb(106, 27, 154)');
    expect(style($(card, 'button')).borderTopColor).to.equal('rgb(106, 27, 154)');
    expect(style($(picker, 'select')).borderTopColor).to.equal('rgb(106, 27, 154)');
  });

  it('unset tokens paint their defaults (surface #ffffff, border #8a8a8a, radius 8px)', async () => {
    const card = await fixture<KyrHotlineCard>(html`<kyr-hotline-card></kyr-hotline-card>`);
    const surface = style(surfaceOf(card));
    expect([surface.backgroundColor, surface.borderTopColor, surface.borderTopLeftRadius]).to.deep.equal(['rgb(255, 255, 255)', 'rgb(138, 138, 138)', '8px']);
  });

  describe('--kyr-space', () => {
    /** A 272 px card at 200% text (32 px), where 1em of padding would crowd the words. */
    async function narrowCard(space?: string) {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div style="inline-size: 272px; --kyr-font-size: 32px"><kyr-hotline-card></kyr-hotline-card></div>`);
      if (space) wrapper.style.setProperty('--kyr-space', space);
      const card = wrapper.querySelector<KyrHotlineCard>('kyr-hotline-card')!;
      await card.updateComplete;
      const surface = style(surfaceOf(card));
      return { padding: parseFloat(surface.paddingInlineStart), gap: parseFloat(surface.rowGap) };
    }

    it('set to its documented default (1em), looks as it does unset', async () => {
      expect(await narrowCard('1em')).to.deep.equal(await narrowCard());
    });

    it('gaps are 1em; padding is 1em but at most 6% of the width, so large text keeps its room on a narrow phone', async () => {
      const { padding, gap } = await narrowCard();
      expect(gap).to.equal(32);
      expect(padding).to.be.closeTo(272 * 0.06, 0.5);
      const wide = await fixture<KyrHotlineCard>(html`<kyr-hotline-card></kyr-hotline-card>`);
      expect(parseFloat(style(surfaceOf(wide)).paddingInlineStart)).to.equal(16);
    });

    it('a partner’s space sets the gaps and the padding (within the same 6% cap)', async () => {
      const { padding, gap } = await narrowCard('8px');
      expect([padding, gap]).to.deep.equal([8, 8]);
    });
  });
});

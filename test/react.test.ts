import { expect, fixture, html } from '@open-wc/testing';
import '../src/entries/hotline-card.js';
import '../src/entries/language-picker.js';
import type { KyrHotlineCard } from '../src/elements/hotline-card/hotline-card.js';
import type { KyrLanguagePicker } from '../src/elements/language-picker/language-picker.js';
import type { LocaleChangeDetail } from '../src/events.js';
import { kyrProps } from '../src/entries/react.js';

// kyrProps is the ref React calls when it hydrates a server-rendered element; here it is called as React does.
describe('kyrProps (kyr-widgets/react)', () => {
  it('sets headingLevel 3 as a property: the card heading becomes an h3', async () => {
    const card = await fixture<KyrHotlineCard>(html`<kyr-hotline-card hotline="311"></kyr-hotline-card>`);
    kyrProps<KyrHotlineCard>({ headingLevel: 3 })(card);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h3');
  });

  it('adds the onkyr-locale-change listener, and its cleanup removes it', async () => {
    const picker = await fixture<KyrLanguagePicker>(html`<kyr-language-picker></kyr-language-picker>`);
    const received: LocaleChangeDetail[] = [];
    const cleanup = kyrProps<KyrLanguagePicker>({ 'onkyr-locale-change': (e) => received.push(e.detail) })(picker);
    const detail: LocaleChangeDetail = { locale: 'es', previous: 'en' };
    picker.dispatchEvent(new CustomEvent('kyr-locale-change', { detail, bubbles: true, composed: true }));
    cleanup?.();
    picker.dispatchEvent(new CustomEvent('kyr-locale-change', { detail, bubbles: true, composed: true }));
    expect(received).to.deep.equal([detail]);
  });

  it('does nothing when React detaches the ref (null)', () => {
    expect(kyrProps<KyrHotlineCard>({ headingLevel: 3 })(null)).to.equal(undefined);
  });
});

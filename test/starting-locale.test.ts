import { expect } from '@open-wc/testing';
import { localeLoaded } from './helpers/wait.js';

// The starting language is decided once per page, when the kit loads: this file sets up
// the page first and imports the kit afterwards.
describe('the starting language', () => {
  after(() => document.documentElement.removeAttribute('lang'));

  it('comes from the picker’s lang before <html lang>', async () => {
    document.documentElement.lang = 'es';
    const picker = document.createElement('kyr-language-picker');
    picker.setAttribute('lang', 'fr-CA');
    const card = document.createElement('kyr-hotline-card');
    document.body.append(picker, card);
    const kit = await import('../src/entries/index.js');
    await localeLoaded('fr', kit.getLocale);
    // The tags are defined once the starting language is in place.
    await customElements.whenDefined('kyr-hotline-card');
    expect(kit.getLocale()).to.equal('fr');
    await (card as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(card.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal('fr');
    expect(picker.shadowRoot!.querySelector('select')!.value).to.equal('fr');
    picker.remove();
    card.remove();
  });
});

import { expect } from '@open-wc/testing';

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
    const kit = await import('../src/index.js');
    for (let i = 0; i < 100 && kit.getLocale() !== 'fr'; i++) await new Promise((r) => setTimeout(r, 10));
    expect(kit.getLocale()).to.equal('fr');
    await (card as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(card.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal('fr');
    expect(picker.shadowRoot!.querySelector('select')!.value).to.equal('fr');
    picker.remove();
    card.remove();
  });
});

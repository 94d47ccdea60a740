// A host app that uses @lit/localize itself: its own configuration, its own localized element.
import { configureLocalization, msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html } from 'lit';
import { expect } from '@open-wc/testing';

class HostGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
  override render() {
    return html`<p>${msg('Hello', { id: 'host.greeting' })}</p>`;
  }
}

/** Configures the app's own @lit/localize (English and German) and defines its element. */
export function startHostApp() {
  const controls = configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['de'],
    loadLocale: async () => ({ templates: { 'host.greeting': 'Hallo' } }),
  });
  customElements.define('host-greeting', HostGreeting);
  return controls;
}

interface Kit {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

/** The kit as a bundler app gets it: the npm graph (dist/npm), with Lit from the app. */
export const importKit = async (): Promise<Kit> => {
  await import(/* @vite-ignore */ `${'/dist/npm/hotline-card.js'}`);
  return import(/* @vite-ignore */ `${'/dist/npm/index.js'}`);
};

/** Both switch languages independently, and each element follows its own. */
export async function expectBothWork(host: ReturnType<typeof startHostApp>, kit: Kit): Promise<void> {
  const greeting = document.createElement('host-greeting') as HostGreeting;
  const card = document.createElement('kyr-hotline-card') as HTMLElement & { updateComplete: Promise<boolean> };
  document.body.append(greeting, card);
  await Promise.all([greeting.updateComplete, card.updateComplete]);
  expect(greeting.shadowRoot!.textContent).to.contain('Hello');
  expect(card.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal('en');

  await host.setLocale('de');
  await greeting.updateComplete;
  expect(greeting.shadowRoot!.textContent).to.contain('Hallo');
  expect(kit.getLocale(), 'the app’s switch leaves the kit alone').to.equal('en');

  await kit.setLocale('es');
  await card.updateComplete;
  expect(card.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal('es');
  expect(card.shadowRoot!.textContent).not.to.contain('Save contact');
  await greeting.updateComplete;
  expect(greeting.shadowRoot!.textContent, 'the kit’s switch leaves the app alone').to.contain('Hallo');
  expect(host.getLocale()).to.equal('de');
  greeting.remove();
  card.remove();
}

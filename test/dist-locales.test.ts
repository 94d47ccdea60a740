import { expect } from '@open-wc/testing';
import { spyConsole } from './helpers/console.js';

interface KyrApi {
  setLocale(locale: string): Promise<void>;
  getLocale(): string;
}

const localeRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/locales/'));

describe('the ES build loads each language only when chosen, from beside the script', () => {
  let kit: KyrApi;
  const card = document.createElement('kyr-hotline-card');

  before(async () => {
    document.body.append(card);
    kit = (await import(/* @vite-ignore */ `${'/dist/kyr-widgets.js'}`)) as KyrApi;
    await customElements.whenDefined('kyr-hotline-card');
  });
  after(() => card.remove());

  it('requests no translations at start in English', () => {
    expect(kit.getLocale()).to.equal('en');
    expect(localeRequests()).to.deep.equal([]);
  });

  it('requests one Arabic chunk, from dist/locales/, when Arabic is chosen', async () => {
    await kit.setLocale('ar');
    expect(kit.getLocale()).to.equal('ar');
    const requests = localeRequests();
    expect(requests).to.have.length(1);
    expect(requests[0]).to.match(/^\/dist\/locales\/ar-[\w-]+\.js$/);
    await (card as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(card.shadowRoot!.querySelector('[part="card"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('switching back and forth fetches nothing new', async () => {
    await kit.setLocale('en');
    await kit.setLocale('ar');
    expect(localeRequests()).to.have.length(1);
  });

  it('keeps the current language and logs one clear error when a chunk cannot load', async () => {
    const errors = spyConsole('error');
    try {
      // The test server answers 503 for the Polish chunk (see web-test-runner.config.mjs).
      await kit.setLocale('pl');
      expect(kit.getLocale()).to.equal('ar');
      expect(errors.calls).to.have.length(1);
      expect(errors.calls[0]).to.contain('could not load the "pl" translations; staying in "ar"');
      // The widget still works, in the language it had.
      expect(card.shadowRoot!.querySelector('a[part="phone-link"]')!.getAttribute('href')).to.equal('tel:+18003540365');
      // And a later choice still works.
      await kit.setLocale('es');
      expect(kit.getLocale()).to.equal('es');
    } finally {
      errors.restore();
    }
  });
});

import { expect } from '@open-wc/testing';
import { spyConsole } from './helpers/console.js';

/** Loads the built files the way a partner's page does, both builds on one page. */
function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('the built dist/ files on a page', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);

  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('shows the partner fallback content before the script runs', () => {
    document.body.innerHTML = '<kyr-hotline-card hotline="311"><p id="fallback">Call 311</p></kyr-hotline-card>';
    expect(document.getElementById('fallback')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('the ES build defines the card, which then calls tel:311', async () => {
    await import(/* @vite-ignore */ `${'/dist/kyr-widgets.js'}`);
    const el = document.querySelector('kyr-hotline-card')!;
    await customElements.whenDefined('kyr-hotline-card');
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(el.shadowRoot!.querySelector('a[part="phone-link"]')!.getAttribute('href')).to.equal('tel:311');
    expect(document.getElementById('fallback')!.getClientRects().length).to.equal(0);
  });

  it('loading the standalone build and the ES build again on the same page throws nothing and warns nothing', async () => {
    const warnings = spyConsole('warn');
    try {
      await loadClassicScript('/dist/kyr-widgets.standalone.js');
      await loadClassicScript('/dist/kyr-widgets.standalone.js');
      await import(/* @vite-ignore */ `${'/dist/hotline-card.js'}`);
      expect(errors).to.deep.equal([]);
      expect(warnings.calls).to.deep.equal([]);
      expect((window as unknown as { KyrWidgets?: { VERSION: string } }).KyrWidgets?.VERSION).to.equal('0.1.0');
    } finally {
      warnings.restore();
    }
  });

  it('keeps the spaces between words and the icons’ drawings through minification', async () => {
    const el = document.querySelector('kyr-hotline-card')!;
    const source = el.shadowRoot!.querySelector('[part="source"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(source).to.equal('Source: Know-Your-Rights, NYC 311, City of New York (portal.311.nyc.gov), as seen on December 6, 2026');
    const call = el.shadowRoot!.querySelector('[part="phone-link"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(call).to.equal('Call 311');
    for (const icon of el.shadowRoot!.querySelectorAll('svg')) {
      expect(icon.querySelectorAll('path, circle, rect').length, icon.outerHTML.slice(0, 80)).to.be.greaterThan(0);
      expect(icon.getAttribute('viewBox')).to.equal('0 0 24 24');
    }
    const saveIcon = el.shadowRoot!.querySelector('[part="save-button"] svg')!;
    expect(saveIcon.querySelectorAll('path').length).to.equal(2);
    expect(saveIcon.querySelectorAll('circle').length).to.equal(1);
  });

  it('a card added after both builds loaded renders and calls the ActionNYC number', async () => {
    const el = document.createElement('kyr-hotline-card');
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(el.shadowRoot!.querySelector('a[part="phone-link"]')!.getAttribute('href')).to.equal('tel:+18003540365');
  });
});

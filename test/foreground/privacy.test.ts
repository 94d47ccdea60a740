import { expect } from '@open-wc/testing';
import { renderedIn } from '../helpers/wait.js';
import { chooseLanguage } from '../helpers/picker.js';

/**
 * The promise in the README: no tracking, no cookies, no storage, no
 * third-party requests. Loads the built ES kit, uses every widget, and records
 * every request and every storage write.
 */
describe('privacy: the kit requests only its own files and stores nothing', () => {
  const calls: string[] = [];
  const restore: Array<() => void> = [];

  function spy<T extends object>(target: T, key: keyof T & string, label: string): void {
    const original = target[key] as unknown as (...args: unknown[]) => unknown;
    (target as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
      calls.push(`${label}(${String(args[0]).slice(0, 60)})`);
      return original.apply(this, args);
    };
    restore.push(() => ((target as Record<string, unknown>)[key] = original));
  }

  after(() => restore.forEach((undo) => undo()));

  it('loads, renders, and is used without any request elsewhere or any storage', async () => {
    const cookies = document.cookie;
    const stored = [localStorage.length, sessionStorage.length];
    spy(window, 'fetch', 'fetch');
    spy(navigator, 'sendBeacon', 'sendBeacon');
    spy(XMLHttpRequest.prototype, 'open', 'xhr');
    spy(Storage.prototype, 'setItem', 'storage');
    spy(indexedDB, 'open', 'indexedDB');
    const OriginalWebSocket = window.WebSocket;
    window.WebSocket = function (url: string) {
      calls.push(`WebSocket(${url})`);
      return new OriginalWebSocket(url);
    } as unknown as typeof WebSocket;
    restore.push(() => (window.WebSocket = OriginalWebSocket));
    const stubClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
    restore.push(() => (stubClipboard ? Object.defineProperty(navigator, 'clipboard', stubClipboard) : delete (navigator as unknown as Record<string, unknown>).clipboard));
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {}; // a download would leave the test page
    restore.push(() => (HTMLAnchorElement.prototype.click = click));

    const before = performance.getEntriesByType('resource').length;
    const page = document.createElement('div');
    page.innerHTML = `<kyr-language-picker></kyr-language-picker>
      <kyr-hotline-card></kyr-hotline-card>
      <kyr-rights-summary feedback></kyr-rights-summary>
      <kyr-detainer-explainer feedback></kyr-detainer-explainer>`;
    document.body.append(page);
    await import(/* @vite-ignore */ `${'/dist/kyr-widgets.js'}`);
    const [picker, card, summary, explainer] = [...page.children] as Array<HTMLElement & { updateComplete: Promise<boolean> }>;
    await Promise.all([picker, card, summary, explainer].map((w) => w.updateComplete));

    // Use everything a reader can use.
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
    summary.shadowRoot!.querySelector<HTMLButtonElement>('[part="feedback-button"]')!.click();
    explainer.shadowRoot!.querySelector<HTMLButtonElement>('[data-answer="yes"]')!.click();
    await explainer.updateComplete;
    explainer.shadowRoot!.querySelector<HTMLButtonElement>('[data-answer="no"]')!.click();
    await chooseLanguage(picker, 'ar');
    await renderedIn(card, 'ar');
    expect(card.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal('ar');

    const requested = performance.getEntriesByType('resource').slice(before).map((e) => new URL(e.name));
    expect(requested.length).to.be.greaterThan(1);
    for (const url of requested) {
      expect(url.origin, url.href).to.equal(location.origin);
      expect(url.pathname, url.href).to.match(/^\/dist\//);
    }
    expect(requested.some((url) => url.pathname.startsWith('/dist/locales/ar-'))).to.equal(true);
    expect(calls).to.deep.equal([]);
    expect(document.cookie).to.equal(cookies);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal(stored);
    page.remove();
  });
});

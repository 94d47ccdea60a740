// Waiting on what happens, never on the clock: a DOM change or the locale status event.
// (A test that waits for something that never comes fails on mocha's timeout.)

/** Resolves once `condition()` holds, checked now and after each change under `root` (attributes, text, children). */
export function until(root: Node, condition: () => boolean): Promise<void> {
  if (condition()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!condition()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

interface LocaleStatus {
  status: 'loading' | 'ready' | 'error';
  readyLocale?: string;
}

/**
 * Resolves once `locale` is the active locale: at once if `active()` already says so, else on
 * @lit/localize's `lit-localize-status` "ready" event for it in `win`.
 */
export function localeLoaded(locale: string, active: () => string, win: Window = window): Promise<void> {
  if (active() === locale) return Promise.resolve();
  return new Promise((resolve) => {
    const onStatus = (event: Event) => {
      const detail = (event as CustomEvent<LocaleStatus>).detail;
      if (detail.status !== 'ready' || detail.readyLocale !== locale) return;
      win.removeEventListener('lit-localize-status', onStatus);
      resolve();
    };
    win.addEventListener('lit-localize-status', onStatus);
  });
}

/** Resolves once the first element in `host`'s shadow root carries `lang="locale"` (the widget re-rendered in it). */
export function renderedIn(host: Element, locale: string): Promise<void> {
  const root = host.shadowRoot!;
  return until(root, () => root.firstElementChild?.getAttribute('lang') === locale);
}

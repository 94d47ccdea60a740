import { isServer } from 'lit';
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { isLocale, sourceLocale, targetLocales, type LocaleCode } from './locales.js';
import { kyrTags } from '../shared/tags.js';
import { negotiateLocale } from './negotiate.js';
import { logValue } from '../shared/warn.js';

/** Loads one target locale's translations: a lazy chunk (ES build) or a bundled module (standalone). */
export type LocaleLoader = (locale: string) => Promise<LocaleModule>;

/**
 * Internal page-wide request to switch language. Every copy of the kit on the
 * page (ES build, standalone build, per-element entries) listens for it on
 * `document`, so all kyr widgets show one language whichever copy defined them.
 */
const REQUEST_EVENT = 'kyr-locale-request';
interface LocaleRequest {
  locale: LocaleCode;
  /** True when the reader picked it; the page's own `<html lang>` no longer steers. */
  chosen: boolean;
}

/** The state of one configured copy of @lit/localize. */
interface Runtime {
  controls: ReturnType<typeof configureLocalization>;
  readerChose: boolean;
  wanted: LocaleCode;
  pending: Promise<void>;
  /** Set once the page wiring (listener, `<html lang>` observer, starting language) is in place. */
  page?: { ready: boolean; started: Promise<void> };
}

/**
 * @lit/localize holds one configuration per module copy and throws on a second
 * `configureLocalization`. A copy of this module evaluated twice over the same
 * @lit/localize (the ES build loaded as `kyr-widgets.js` and `kyr-widgets.js?ver=2`
 * shares its chunks) finds the runtime here, keyed by that copy's function, and
 * reuses it. Other copies (the standalone build, an app's own @lit/localize) have
 * their own function, so they never meet this one.
 */
const RUNTIMES = Symbol.for('kyr-widgets.localize-runtimes');
const slot = globalThis as unknown as Record<symbol, WeakMap<object, Runtime> | undefined>;

let loader: LocaleLoader | undefined;
let runtime: Runtime | undefined;

/**
 * A server renderer's languages (kyr-widgets/ssr.js): each render carries its own locale, read
 * at every use, so concurrent renders never share one. Installed only in Node.
 */
export interface ServerLocales {
  current(): LocaleCode;
  setDefault(locale: LocaleCode): Promise<unknown>;
}
let server: ServerLocales | undefined;

/** Hands the active locale to a server renderer (kyr-widgets/ssr.js) in this process. */
export function useServerLocales(locales: ServerLocales): void {
  server = locales;
}

/** Names how this copy loads translations; nothing starts until first use. Safe anywhere (no DOM). */
export function useLocaleLoader(load: LocaleLoader): void {
  loader ??= load;
}

/** This copy's @lit/localize runtime, configured on first use (no DOM needed). */
function ensureRuntime(): Runtime | undefined {
  if (runtime) return runtime;
  const shared = (slot[RUNTIMES] ??= new WeakMap());
  runtime = shared.get(configureLocalization);
  if (runtime) return runtime;
  if (!loader) return undefined;
  runtime = {
    controls: configureLocalization({ sourceLocale, targetLocales, loadLocale: loader }),
    readerChose: false,
    wanted: sourceLocale,
    pending: Promise.resolve(),
  };
  shared.set(configureLocalization, runtime);
  return runtime;
}

/** The active kyr locale. */
export function getLocale(): LocaleCode {
  const active = server ? server.current() : runtime?.controls.getLocale();
  return isLocale(active) ? active : sourceLocale;
}

/** The locale the page is switching to (or is in), even before its translations have loaded. */
export function getRequestedLocale(): LocaleCode {
  return server ? server.current() : (runtime?.wanted ?? sourceLocale);
}

/** Whether the reader picked a language, so page-level `lang` changes are no longer followed. */
export function hasReaderChosen(): boolean {
  return runtime?.readerChose ?? false;
}

/**
 * Switches every kyr widget on the page to `locale`. Unsupported codes warn
 * and change nothing; a failed load keeps the current language and logs one
 * error. Rapid calls end on the last one. Outside a browser it switches this
 * copy only (for a server renderer).
 */
export function setLocale(locale: string, options: { chosen?: boolean } = {}): Promise<void> {
  if (!isLocale(locale)) {
    console.warn(`kyr-widgets: setLocale(${logValue(locale, 40)}) is not a supported locale; keeping "${getRequestedLocale()}".`);
    return Promise.resolve();
  }
  const chosen = options.chosen ?? false;
  if (isServer) {
    if (server) return server.setDefault(locale).then(() => undefined);
    const state = ensureRuntime();
    if (state) apply(state, locale, chosen);
    return state ? state.pending : Promise.resolve();
  }
  startLocalization();
  const detail: LocaleRequest = { locale, chosen };
  document.dispatchEvent(new CustomEvent<LocaleRequest>(REQUEST_EVENT, { detail }));
  return runtime ? runtime.pending : Promise.resolve();
}

function apply(state: Runtime, locale: LocaleCode, chosen: boolean): void {
  state.wanted = locale;
  const { controls } = state;
  state.pending = controls.setLocale(locale).then(() => {
    // Only a choice that took effect stops the page's own <html lang> from steering.
    if (chosen && getLocale() === locale) state.readerChose = true;
  }, (error: unknown) => {
    if (state.wanted !== locale) return;
    const kept = getLocale();
    state.wanted = kept;
    console.error(`kyr-widgets: could not load the "${locale}" translations; staying in "${kept}".`, error);
    // @lit/localize remembers a failed load as still pending; re-request the kept locale so a
    // later choice of `locale` asks again (a browser may still answer from its failed-module map
    // until the page is reloaded).
    void controls.setLocale(kept).catch(() => undefined);
  });
}

/**
 * The page's own language preference: a picker's `lang`, the language of widgets rendered on
 * the server (they hydrate in it, without rendering again), `<html lang>`, then the browser's
 * languages.
 */
function pageLocale(atStart: boolean): LocaleCode {
  const picker = atStart ? document.querySelector('kyr-language-picker[lang]')?.getAttribute('lang') : undefined;
  return negotiateLocale([picker, atStart ? serverRenderedLocale() : undefined, document.documentElement.getAttribute('lang'), ...(navigator.languages ?? [])]);
}

/** The `lang` of the first kyr widget whose shadow root came with the HTML (declarative shadow DOM). */
function serverRenderedLocale(): string | undefined {
  const widget = document.querySelector(kyrTags.join());
  return widget?.shadowRoot?.querySelector('.root[lang]')?.getAttribute('lang') ?? undefined;
}

/**
 * Starts the page-wide locale once per copy of @lit/localize, on first use in a
 * browser: negotiates the starting language, begins loading it, and follows
 * `<html lang>` changes until the reader picks. Does nothing outside a browser.
 *
 * Returns a promise for the starting language's translations (settled also
 * when their load failed), or undefined when they are already in place (an
 * English start), so English pages define their widgets synchronously.
 */
export function startLocalization(load?: LocaleLoader): Promise<void> | undefined {
  if (load) useLocaleLoader(load);
  if (isServer) return undefined;
  const state = ensureRuntime();
  if (!state) return undefined;
  if (!state.page) {
    document.addEventListener(REQUEST_EVENT, (event) => {
      const { locale, chosen } = (event as CustomEvent<LocaleRequest>).detail ?? {};
      if (isLocale(locale)) apply(state, locale, Boolean(chosen));
    });
    new MutationObserver(() => {
      if (!state.readerChose) apply(state, pageLocale(false), false);
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    const start = pageLocale(true);
    if (start === sourceLocale) {
      state.page = { ready: true, started: Promise.resolve() };
    } else {
      apply(state, start, false);
      const page: Runtime['page'] = { ready: false, started: state.pending };
      void page.started.then(() => (page.ready = true));
      state.page = page;
    }
  }
  return state.page.ready ? undefined : state.page.started;
}

/**
 * Runs `define` once the starting language is in place: at once on an English
 * page (and outside a browser, where a server renderer registers into its own
 * registry), else when the translations have loaded or failed. Until then a
 * tag stays undefined and its light-DOM fallback visible: no widget paints English first.
 */
export function whenStartingLocaleReady(load: LocaleLoader, define: () => void): void {
  const waiting = startLocalization(load);
  if (waiting) void waiting.then(define);
  else define();
}

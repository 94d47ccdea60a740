import { configureLocalization, type LocaleModule } from '@lit/localize';
import { isLocale, sourceLocale, targetLocales, type LocaleCode } from './locales.js';
import { negotiateLocale } from './negotiate.js';

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

let runtime: ReturnType<typeof configureLocalization> | undefined;
let readerChose = false;
let wanted: LocaleCode = sourceLocale;
let pending: Promise<void> = Promise.resolve();

/** The active kyr locale. */
export function getLocale(): LocaleCode {
  const active = runtime?.getLocale();
  return isLocale(active) ? active : sourceLocale;
}

/** The locale the page is switching to (or is in), even before its translations have loaded. */
export function getRequestedLocale(): LocaleCode {
  return wanted;
}

/** Whether the reader picked a language, so page-level `lang` changes are no longer followed. */
export function hasReaderChosen(): boolean {
  return readerChose;
}

/**
 * Switches every kyr widget on the page to `locale`. Unsupported codes warn
 * and change nothing; a failed load keeps the current language and logs one
 * error. Rapid calls end on the last one.
 */
export function setLocale(locale: string, options: { chosen?: boolean } = {}): Promise<void> {
  if (!isLocale(locale)) {
    console.warn(`kyr-widgets: setLocale("${String(locale).slice(0, 40)}") is not a supported locale; keeping "${wanted}".`);
    return Promise.resolve();
  }
  const detail: LocaleRequest = { locale, chosen: options.chosen ?? false };
  document.dispatchEvent(new CustomEvent<LocaleRequest>(REQUEST_EVENT, { detail }));
  return runtime ? pending : Promise.resolve();
}

function apply(locale: LocaleCode, chosen: boolean): void {
  if (!runtime) return;
  wanted = locale;
  const controls = runtime;
  pending = controls.setLocale(locale).then(() => {
    // Only a choice that took effect stops the page's own <html lang> from steering.
    if (chosen && getLocale() === locale) readerChose = true;
  }, (error: unknown) => {
    if (wanted !== locale) return;
    const kept = getLocale();
    wanted = kept;
    console.error(`kyr-widgets: could not load the "${locale}" translations; staying in "${kept}".`, error);
    // @lit/localize remembers a failed load as still pending; re-request the kept locale so a
    // later choice of `locale` asks again (a browser may still answer from its failed-module map
    // until the page is reloaded).
    void controls.setLocale(kept).catch(() => undefined);
  });
}

function onRequest(event: Event): void {
  const { locale, chosen } = (event as CustomEvent<LocaleRequest>).detail ?? {};
  if (isLocale(locale)) apply(locale, Boolean(chosen));
}

/** The page's own language preference: `<html lang>`, then the browser's languages. */
function pageLocale(): LocaleCode {
  return negotiateLocale([document.documentElement.getAttribute('lang'), ...(navigator.languages ?? [])]);
}

/**
 * Starts the page-wide locale once per copy of the kit: negotiates the
 * starting language and follows `<html lang>` changes until the reader picks.
 */
export function startLocalization(load: LocaleLoader): void {
  if (runtime) return;
  runtime = configureLocalization({ sourceLocale, targetLocales, loadLocale: load });
  document.addEventListener(REQUEST_EVENT, onRequest);
  new MutationObserver(() => {
    if (!readerChose) apply(pageLocale(), false);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  const start = pageLocale();
  if (start !== sourceLocale) apply(start, false);
}

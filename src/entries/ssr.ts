/**
 * Entry `kyr-widgets/ssr.js` (`dist/npm/ssr.js`, Node only), server rendering: returns HTML
 * with every kyr element rendered as declarative shadow DOM in one language, so the widgets
 * are there at first paint, with JavaScript off too, and both script-tag builds hydrate them
 * without rendering again. Built on @lit-labs/ssr.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { LocaleModule } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
// The one place markup is parsed from a string: the page the server asks to render is its own
// HTML, rendered as the page (as @lit-labs/eleventy-plugin-lit does). Attribute values inside it
// still reach the elements as text, never as markup (tested).
// eslint-disable-next-line no-restricted-imports
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { loadExplainerParts } from '../elements/detainer-explainer/detainer-explainer.js';
import { loadRightsParts } from '../elements/rights-summary/rights-summary.js';
import { defineAll } from '../elements/registry.js';
import { loadLocaleLazily } from '../i18n/lazy-locales.js';
import { allLocales, sourceLocale, targetLocales, type LocaleCode } from '../i18n/locales.js';
import { matchLocale } from '../i18n/negotiate.js';
import { useServerLocales } from '../i18n/runtime.js';
import { logValue } from '../shared/warn.js';

export interface RenderOptions {
  /** The language to render in (BCP 47: `es`, `es-MX`, `zh-TW`, `ar`); English when absent or unsupported. */
  locale?: string;
}

/** The shipped locale a BCP 47 tag finds (`es-MX` → `es`, `zh-TW` → `zh-Hant`), or undefined. */
export function supportedLocale(tag: string): LocaleCode | undefined {
  return matchLocale(tag);
}

/** The locale `requested` asks for; warns about one the kit does not speak (`asked` names the caller). */
function resolveLocale(requested: string | undefined, asked: string): LocaleCode {
  if (requested === undefined || requested === '') return sourceLocale;
  const match = matchLocale(requested);
  if (!match) {
    console.warn(`kyr-widgets: ${asked} locale ${logValue(requested, 40)} is not supported (use one of ${allLocales.join(' ')}); rendering in English.`);
  }
  return match ?? sourceLocale;
}

/**
 * The renderer wraps its whole input in one pair of `<!--lit-part-->` comments. Nothing on the
 * page hydrates that wrapper (each kyr element hydrates its own shadow root, whose markers stay),
 * and a comment before `<!doctype html>` would put the browser in quirks mode: drop the pair.
 */
function withoutOuterMarkers(rendered: string): string {
  return rendered.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}

// Each render's language travels with the render (AsyncLocalStorage), read by every msg() and by
// the elements through @lit/localize's reentrant mode, made for concurrent server rendering. No
// process-wide state changes during a render, and nothing lends Node a `window`.
const renderLocale = new AsyncLocalStorage<LocaleCode>();
/** The language of renders started outside renderToString (useServerLocale); English until set. */
let defaultLocale: LocaleCode = sourceLocale;
const translations = new Map<LocaleCode, LocaleModule>();
const loading = new Map<LocaleCode, Promise<void>>();

const currentLocale = (): LocaleCode => renderLocale.getStore() ?? defaultLocale;

/** Loads `locale`'s translations once per process (a failed load is tried again next time). */
function loadTranslations(locale: LocaleCode): Promise<void> {
  if (locale === sourceLocale || translations.has(locale)) return Promise.resolve();
  let load = loading.get(locale);
  if (!load) {
    load = loadLocaleLazily(locale).then(
      (module) => void translations.set(locale, module),
      (error: unknown) => {
        loading.delete(locale);
        throw new Error(`kyr-widgets: could not load the "${locale}" translations.`, { cause: error });
      },
    );
    loading.set(locale, load);
  }
  return load;
}

type Renderer = Pick<typeof import('@lit-labs/ssr'), 'render'> & Pick<typeof import('@lit-labs/ssr/lib/render-result.js'), 'collectResult'>;
let renderer: Promise<Renderer> | undefined;

/**
 * Once per process: @lit-labs/ssr (an optional peer: browser-only installs never need it), the
 * reentrant localization, the elements, and every part a browser loads later (a server renders
 * synchronously, so they must be here first).
 */
function prepare(): Promise<Renderer> {
  return (renderer ??= (async () => {
    const [ssr, result] = await Promise.all([import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js')]).catch((error: unknown) => {
      throw new Error('kyr-widgets/ssr.js needs @lit-labs/ssr, an optional peer dependency: run `npm install @lit-labs/ssr`.', { cause: error });
    });
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: currentLocale,
      loadLocaleSync: (locale) => translations.get(locale as LocaleCode),
    });
    useServerLocales({ current: currentLocale, setDefault: useServerLocale });
    defineAll();
    await Promise.all([loadExplainerParts(), loadRightsParts()]);
    return { render: ssr.render, collectResult: result.collectResult };
  })());
}

/**
 * Sets the language of renders you start yourself in this process, not through
 * `renderToString` (e.g. @lit-labs/eleventy-plugin-lit's own render), once its translations
 * have loaded. A `renderToString` render keeps its own language whatever this says.
 */
export async function useServerLocale(locale?: string): Promise<LocaleCode> {
  await prepare();
  const target = resolveLocale(locale, 'useServerLocale');
  await loadTranslations(target);
  defaultLocale = target;
  return target;
}

/**
 * `html` with every kyr element in it rendered as declarative shadow DOM
 * (`<template shadowrootmode="open">`) in `options.locale`, right to left for Arabic and
 * Urdu. Everything else in `html` is passed through; a whole document works too. Renders may
 * overlap: each keeps its own language, and renders by other tools in this process are not
 * affected by it.
 */
export async function renderToString(html: string, options: RenderOptions = {}): Promise<string> {
  const { render, collectResult } = await prepare();
  const locale = resolveLocale(options.locale, 'renderToString');
  await loadTranslations(locale);
  return renderLocale.run(locale, async () => withoutOuterMarkers(await collectResult(render(unsafeHTML(String(html))))));
}

/**
 * The Content-Security-Policy sources that let the inline `<style>` of each rendered shadow root
 * apply under a strict policy: `'sha256-…'` values to add to `style-src`, one per distinct
 * stylesheet in `rendered` (the output of `renderToString`). Without them the widgets are
 * unstyled until the script takes over, and then shift.
 */
export async function styleHashes(rendered: string): Promise<string[]> {
  const styles = new Set([...rendered.matchAll(/<template shadowroot(?:mode)?="open"[^>]*><style>([\s\S]*?)<\/style>/g)].map(([, css]) => css));
  const hashes = await Promise.all(
    [...styles].map(async (css) => {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
      return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
    }),
  );
  return hashes;
}

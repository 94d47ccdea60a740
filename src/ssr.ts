/**
 * Server rendering (`kyr-widgets/ssr.js`, Node only): returns HTML with every kyr
 * element rendered as declarative shadow DOM in one language, so the widgets are
 * there at first paint, with JavaScript off too, and both script-tag builds hydrate
 * them without rendering again. Built on @lit-labs/ssr.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
// The one place markup is parsed from a string: the page the server asks to render is its own
// HTML, rendered as the page (as @lit-labs/eleventy-plugin-lit does). Attribute values inside it
// still reach the elements as text, never as markup (tested).
// eslint-disable-next-line no-restricted-imports
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { loadExplainerParts } from './elements/detainer-explainer/detainer-explainer.js';
import { loadRightsParts } from './elements/rights-summary/rights-summary.js';
import { defineAll } from './elements.js';
import { loadLocaleLazily } from './i18n/lazy-locales.js';
import { allLocales, type LocaleCode } from './i18n/locales.js';
import { matchLocale } from './i18n/negotiate.js';
import { getLocale, setLocale, useLocaleLoader } from './i18n/runtime.js';
import { logValue } from './shared/warn.js';

export interface RenderOptions {
  /** The language to render in (BCP 47: `es`, `es-MX`, `zh-TW`, `ar`); English when absent or unsupported. */
  locale?: string;
}

/** The shipped locale a BCP 47 tag finds (`es-MX` → `es`, `zh-TW` → `zh-Hant`), or undefined. */
export function supportedLocale(tag: string): LocaleCode | undefined {
  return matchLocale(tag);
}

/** The locale `options.locale` asks for; warns once about one the kit does not speak. */
function resolveLocale(requested: string | undefined): LocaleCode {
  if (requested === undefined || requested === '') return 'en';
  const match = matchLocale(requested);
  if (!match) {
    console.warn(`kyr-widgets: renderToString locale ${logValue(requested, 40)} is not supported (use one of ${allLocales.join(' ')}); rendering in English.`);
  }
  return match ?? 'en';
}

/**
 * The renderer wraps its whole input in one pair of `<!--lit-part-->` comments. Nothing on the
 * page hydrates that wrapper (each kyr element hydrates its own shadow root, whose markers stay),
 * and a comment before `<!doctype html>` would put the browser in quirks mode: drop the pair.
 */
function withoutOuterMarkers(rendered: string): string {
  return rendered.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}

/** The kit keeps one active language per copy: renders run one after another. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Switches the server-side kit to `locale` (loading its translations) for renders that
 * do not go through `renderToString`, e.g. @lit-labs/eleventy-plugin-lit's own render. It waits
 * for renders in progress, so it never changes the language of one midway.
 */
export function useServerLocale(locale?: string): Promise<LocaleCode> {
  const run = queue.then(() => switchServerLocale(locale));
  queue = run.catch(() => undefined);
  return run;
}

/** Registers the elements, loads every part a server render needs and switches to `locale`. */
async function switchServerLocale(locale?: string): Promise<LocaleCode> {
  useLocaleLoader(loadLocaleLazily);
  defineAll();
  // A server renders synchronously: every part a browser loads later must be here first.
  await Promise.all([loadExplainerParts(), loadRightsParts()]);
  const target = resolveLocale(locale);
  await withStatusEvents(() => setLocale(target));
  if (getLocale() !== target) throw new Error(`kyr-widgets: could not load the "${target}" translations.`);
  return target;
}

/**
 * @lit/localize announces a switch on `window` (the page's elements listen there). Node has
 * no window: lend it a bare event target for the switch only, then take it back, so nothing
 * else in the server process mistakes Node for a browser.
 */
async function withStatusEvents<T>(run: () => Promise<T>): Promise<T> {
  const global = globalThis as { window?: unknown };
  if (global.window !== undefined) return run();
  global.window = new EventTarget();
  try {
    return await run();
  } finally {
    delete global.window;
  }
}

/**
 * `html` with every kyr element in it rendered as declarative shadow DOM
 * (`<template shadowrootmode="open">`) in `options.locale`, right to left for Arabic and
 * Urdu. Everything else in `html` is passed through; a whole document works too.
 */
export function renderToString(html: string, options: RenderOptions = {}): Promise<string> {
  const run = queue.then(async () => {
    // The render's language is the render's only: the language active before (English, or one a
    // caller chose with useServerLocale) comes back afterwards, so renders by other tools in this
    // process (@lit-labs/ssr's own render, an Eleventy or Astro integration) are not in Spanish
    // because one request was.
    const before = getLocale();
    await switchServerLocale(options.locale);
    try {
      return withoutOuterMarkers(await collectResult(render(unsafeHTML(String(html)))));
    } finally {
      if (getLocale() !== before) await withStatusEvents(() => setLocale(before));
    }
  });
  queue = run.catch(() => undefined);
  return run;
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

import { kyrTags } from '../shared/tags.js';
import type { LocaleCode } from './locales.js';
import { negotiateLocale } from './negotiate.js';

/**
 * The page's own language preference: a picker's `lang`, the language of widgets rendered on
 * the server (they hydrate in it, without rendering again), `<html lang>`, then the browser's
 * languages. `atStart` false: only what a page changes later (`<html lang>`, the browser's).
 */
export function pageLocale(atStart: boolean): LocaleCode {
  const picker = atStart ? document.querySelector('kyr-language-picker[lang]')?.getAttribute('lang') : undefined;
  return negotiateLocale([picker, atStart ? serverRenderedLocale() : undefined, document.documentElement.getAttribute('lang'), ...(navigator.languages ?? [])]);
}

/** The `lang` of the first kyr widget whose shadow root came with the HTML (declarative shadow DOM). */
function serverRenderedLocale(): string | undefined {
  return document.querySelector(kyrTags.join())?.shadowRoot?.querySelector('.root[lang]')?.getAttribute('lang') ?? undefined;
}

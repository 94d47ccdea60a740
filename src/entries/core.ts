/**
 * The loader's kit chunk (script-tag ES build, `dist/chunks/`; no export names it): every
 * element, Lit, @lit/localize and the language runtime, and what the loader (kyr-widgets.ts)
 * needs from them. The loader fetches it together with the page's starting language, never one
 * after the other.
 */
export * from '../public-api.js';
export { startLocalization, whenStartingLocaleReady } from '../i18n/runtime.js';
export { defineAllInTurns } from '../elements/registry.js';

/**
 * The package's main entry (`import 'kyr-widgets'`, built to `dist/npm/index.js`): defines
 * every kyr element, English built in; each other locale is a module of its own, loaded when
 * chosen. The script-tag ES build (`dist/kyr-widgets.js`) is `kyr-widgets.ts`, which adds
 * hydration of server-rendered widgets.
 */
import { defineAll } from './elements.js';
import { loadLocaleLazily } from './i18n/lazy-locales.js';
import { whenStartingLocaleReady } from './i18n/runtime.js';

// In a browser, the starting language starts loading now and the tags are defined once it is
// in place (at once on an English page), so no widget paints English first on a Spanish page.
whenStartingLocaleReady(loadLocaleLazily, defineAll);

export * from './api.js';

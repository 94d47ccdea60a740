/**
 * ES entry (`dist/kyr-widgets.js`): defines every kyr element, English built
 * in; each other locale is a chunk beside this file, fetched when chosen.
 */
import { defineAll } from './elements.js';
import { loadLocaleLazily } from './i18n/lazy-locales.js';
import { whenStartingLocaleReady } from './i18n/runtime.js';

// In a browser, the starting language starts loading now and the tags are defined once it is
// in place (at once on an English page), so no widget paints English first on a Spanish page.
whenStartingLocaleReady(loadLocaleLazily, defineAll);

export * from './api.js';

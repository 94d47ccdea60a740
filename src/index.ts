/**
 * ES entry (`dist/kyr-widgets.js`): defines every kyr element, English built
 * in; each other locale is a chunk beside this file, fetched when chosen.
 */
import { defineAll } from './elements.js';
import { loadLocaleLazily } from './i18n/lazy-locales.js';
import { startLocalization } from './i18n/runtime.js';

startLocalization(loadLocaleLazily);
defineAll();

export * from './api.js';

/**
 * The package's main entry (`import 'kyr-widgets'`, built to `dist/npm/index.js`): defines
 * every kyr element, English built in; each other locale is a module of its own, loaded when
 * chosen. The script-tag ES build (`dist/kyr-widgets.js`) is `kyr-widgets.ts`, which adds
 * hydration of server-rendered widgets.
 */
import { defineAll } from '../elements/registry.js';
import { loadLocaleLazily } from '../i18n/lazy-locales.js';
import { startLocalization } from '../i18n/runtime.js';

// The tags are defined at once, so a framework sees their properties (`'headingLevel' in
// element`); the starting language starts loading now, and each widget's first render waits for
// it (KyrElement), showing the fallback content until then: never English first.
startLocalization(loadLocaleLazily);
defineAll();

export * from '../public-api.js';

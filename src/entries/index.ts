/**
 * Entry `kyr-widgets` (the npm graph's `dist/npm/index.js`; also what Node gets for
 * `kyr-widgets/kyr-widgets.js` and `/standalone.js`): defines every kyr element, English built
 * in; each other locale is a module of its own, loaded when needed. Not a script-tag file: those
 * are the loader (kyr-widgets.ts, `dist/kyr-widgets.js`) and standalone.ts; apps with
 * server-rendered widgets import hydrate.ts instead.
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

/**
 * The standalone file's entry (`dist/kyr-widgets.standalone.js`, export
 * `kyr-widgets/standalone.js` in browsers): every element and every locale in one classic
 * script, no other request. Works as a plain `<script>` and as `type="module"`; its API is on
 * the one global `KyrWidgets`.
 */
// First: server-rendered widgets hydrate only if this runs before Lit's LitElement module.
import '../hydration/before-lit.js';
import {
  KyrDetainerExplainer,
  KyrHotlineCard,
  KyrLanguagePicker,
  KyrRightsSummary,
  VERSION,
  allLocales,
  defineAll,
  defineElement,
  elements,
  endonyms,
  getLocale,
  setLocale,
} from '../public-api.js';
import { loadLocaleBundled } from '../i18n/bundled-locales.js';
import { startLocalization, whenStartingLocaleReady } from '../i18n/runtime.js';
import { defineAllInTurns } from '../elements/registry.js';
import { hasServerRenderedWidgets } from '../shared/tags.js';

// Every language is inside: the starting one is in place within this task's microtasks. The tags
// are defined at once (a framework sees their properties; the first render waits for the
// language); server-rendered widgets are taken over once it is in, in turns (see defineAllInTurns).
if (hasServerRenderedWidgets()) whenStartingLocaleReady(loadLocaleBundled, () => void defineAllInTurns());
else {
  startLocalization(loadLocaleBundled);
  defineAll();
}

// A plain object, not `import * as`: see bundled-locales.ts on Object.prototype.
const api = {
  VERSION,
  allLocales,
  endonyms,
  elements,
  getLocale,
  setLocale,
  defineAll,
  defineElement,
  KyrDetainerExplainer,
  KyrHotlineCard,
  KyrLanguagePicker,
  KyrRightsSummary,
};

// A module script would keep the IIFE's name in module scope: publish it explicitly.
const globals = globalThis as unknown as { KyrWidgets?: typeof api };
globals.KyrWidgets ??= api;

/**
 * Classic-script entry (`dist/kyr-widgets.standalone.js`): every element and
 * every locale in one file, no other request. Works as a plain `<script>` and
 * as `type="module"`; its API is on the one global `KyrWidgets`.
 */
// First: server-rendered widgets hydrate only if this runs before Lit's LitElement module.
import './hydrate-support.js';
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
} from './api.js';
import { loadLocaleBundled } from './i18n/bundled-locales.js';
import { whenStartingLocaleReady } from './i18n/runtime.js';
import { defineAllInTurns, hasServerRenderedWidgets } from './elements.js';

// Every language is inside: the starting one is in place within this task's microtasks.
// Server-rendered widgets are taken over in turns (see defineAllInTurns).
whenStartingLocaleReady(loadLocaleBundled, () => (hasServerRenderedWidgets() ? void defineAllInTurns() : defineAll()));

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

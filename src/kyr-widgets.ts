/**
 * Script-tag ES entry (`dist/kyr-widgets.js`): the package's main entry plus hydration of
 * server-rendered widgets. Hydrate support is a chunk of its own, fetched only when the page
 * has server-rendered widgets, and installed before any tag is defined.
 */
import { defineAll, defineAllInTurns, hasServerRenderedWidgets } from './elements.js';
import { loadLocaleLazily } from './i18n/lazy-locales.js';
import { whenStartingLocaleReady } from './i18n/runtime.js';

const serverRendered = hasServerRenderedWidgets();

const hydrateSupport = serverRendered
  ? import('./hydrate-on-demand.js').then(
      ({ installHydrateSupport }) => installHydrateSupport(),
      // Without it the widgets still render (their server HTML is replaced, see KyrElement).
      (error: unknown) => console.error('kyr-widgets: could not load hydrate support.', error),
    )
  : undefined;

// In a browser, the starting language starts loading now and the tags are defined once it is
// in place (at once on an English page without server-rendered widgets), so no widget paints
// English first. Server-rendered widgets are taken over in turns (see defineAllInTurns).
whenStartingLocaleReady(loadLocaleLazily, () => (hydrateSupport ? void hydrateSupport.then(defineAllInTurns) : defineAll()));

export * from './api.js';

/**
 * Script-tag ES entry (`dist/kyr-widgets.js`): the package's main entry plus hydration of
 * server-rendered widgets. Hydrate support is a chunk of its own, fetched only when the page
 * has server-rendered widgets, and installed before any tag is defined.
 */
import { defineAll, defineAllInTurns, hasServerRenderedWidgets } from './elements.js';
import { loadLocaleLazily } from './i18n/lazy-locales.js';
import { startLocalization, whenStartingLocaleReady } from './i18n/runtime.js';

const serverRendered = hasServerRenderedWidgets();

const hydrateSupport = serverRendered
  ? import('./hydrate-on-demand.js').then(
      ({ installHydrateSupport }) => installHydrateSupport(),
      // Without it the widgets still render (their server HTML is replaced, see KyrElement).
      (error: unknown) => console.error('kyr-widgets: could not load hydrate support.', error),
    )
  : undefined;

// The tags are defined at once, so a framework sees their properties; each widget's first render
// waits for the starting language (KyrElement), never English first. Server-rendered widgets are
// taken over once their language and the hydrate support are in, in turns (see defineAllInTurns).
if (hydrateSupport) whenStartingLocaleReady(loadLocaleLazily, () => void hydrateSupport.then(defineAllInTurns));
else {
  startLocalization(loadLocaleLazily);
  defineAll();
}

export * from './api.js';

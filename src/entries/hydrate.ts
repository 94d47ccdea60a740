/**
 * Entry `kyr-widgets/hydrate.js` (`dist/npm/hydrate.js`): the main entry (`kyr-widgets`, index.ts:
 * the four tags and the language API) for apps whose pages come with server-rendered widgets (`kyr-widgets/ssr.js`, Astro,
 * Eleventy, the `kyr-widgets render` command): Lit's hydrate support is installed before any kyr
 * tag is defined, so each widget keeps the HTML the server sent and takes it over instead of
 * rendering it again.
 *
 * Lit's own recipe (import the support module before Lit) depends on the order a bundler
 * evaluates chunks in, which an app with two scripts does not control: Lit may land in a shared
 * chunk that runs first. Here the support is installed in this module's body, which runs after
 * every import (Lit included) has evaluated and before the tags are defined, whatever the order.
 */
import { LitElement, isServer } from 'lit';
import { defineAll, elements } from '../elements/registry.js';
import { installHydrateSupport } from '../hydration/after-lit.js';
import { loadLocaleLazily } from '../i18n/lazy-locales.js';
import { startLocalization } from '../i18n/runtime.js';

/** Kyr tags this Lit defined before its hydrate support was in: their server HTML was rendered again. */
function definedWithoutHydrateSupport(): string[] {
  return Object.keys(elements).filter((tag) => {
    const defined = customElements.get(tag);
    return defined && Object.prototype.isPrototypeOf.call(LitElement, defined) && document.querySelector(tag);
  });
}

if (!isServer) {
  const tooLate = definedWithoutHydrateSupport();
  if (tooLate.length) {
    console.warn(
      `kyr-widgets: ${tooLate.map((tag) => `<${tag}>`).join(', ')} was defined before kyr-widgets/hydrate.js ran, so its ` +
        'server-rendered HTML was rendered again. Import kyr-widgets/hydrate.js before any other kyr-widgets entry.',
    );
  }
  installHydrateSupport();
}

// The tags are defined at once, server-rendered or not: an app's framework, hydrating its own
// markup next, sees their properties (`'headingLevel' in element`). Each widget's first render
// (here, the hydration of its server HTML) waits for the starting language (KyrElement); the
// server's HTML stays on screen meanwhile. In Node, nothing to wait for.
startLocalization(loadLocaleLazily);
defineAll();

export * from '../public-api.js';

/**
 * Lit's hydrate support, installed before Lit: lets server-rendered kyr widgets (declarative
 * shadow DOM from `kyr-widgets/ssr.js`, the `kyr-widgets render` command or dist/prerendered/)
 * keep the HTML they came with and take it over, instead of rendering a second copy. Must
 * evaluate before Lit's LitElement module, so the standalone entry (src/entries/standalone.ts)
 * imports it first; where that order is not certain, see after-lit.ts.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

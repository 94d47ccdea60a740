/**
 * Lets server-rendered kyr widgets (declarative shadow DOM from `kyr-widgets/ssr.js`, the
 * `kyr-widgets render` command or dist/prerendered/) hydrate: keep the HTML they came with and
 * take it over, instead of rendering a second copy. Must run before Lit's LitElement module
 * evaluates, so the script-tag entries import it first.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

/**
 * Lit's hydrate support, installed after Lit: Lit applies it when LitElement's module evaluates
 * if it is installed first (before-lit.ts); installing it on LitElement afterwards, before any
 * kyr tag is defined, patches the same prototype in the same way. The script-tag loader
 * (src/entries/kyr-widgets.ts) fetches it only on pages that have server-rendered widgets
 * (about 2 KB gzip that other pages never fetch); the `kyr-widgets/hydrate.js` entry imports it.
 */
import { LitElement } from 'lit';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

/** Installs it once: Lit may have done so already (another kit copy on the page left its hook set). */
export function installHydrateSupport(): void {
  // Patched LitElement has its own observedAttributes (with `defer-hydration`).
  if (Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) return;
  (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({ LitElement });
}

/**
 * The kit's tags, in the order the README and the demo list them: the one list the TypeScript
 * reads (the search for server-rendered widgets below, the examples, the classes in
 * src/elements/registry.ts). The build lists them with their attributes in dist/kit.json for the WordPress
 * plugin, from custom-elements.json.
 */
export const kyrTags = ['kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer', 'kyr-language-picker'] as const;

/** One of the kit's tags. */
export type KyrTag = (typeof kyrTags)[number];

/**
 * Whether a kyr widget on the page came with its shadow root (server-rendered, declarative shadow
 * DOM) before any tag is defined: the script-tag entries then take the widgets over with Lit's
 * hydrate support instead of rendering them. Browser only.
 */
export function hasServerRenderedWidgets(): boolean {
  return [...document.querySelectorAll(kyrTags.join())].some((widget) => widget.shadowRoot);
}

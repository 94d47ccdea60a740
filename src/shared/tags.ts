/**
 * The kit's tags, in the order the README and the demo list them: the one list the TypeScript
 * reads (the page-wide locale's search for server-rendered widgets, the examples, the classes in
 * src/elements/registry.ts). The build lists them with their attributes in dist/kit.json for the WordPress
 * plugin, from custom-elements.json.
 */
export const kyrTags = ['kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer', 'kyr-language-picker'] as const;

/** One of the kit's tags. */
export type KyrTag = (typeof kyrTags)[number];

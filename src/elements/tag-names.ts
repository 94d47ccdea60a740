/**
 * The kit's tags, in the order a page's widgets are taken over (the picker and the card first).
 * A leaf module (no imports): the script-tag entry's loader, the runtime and Node scripts read it.
 */
export const tagNames = ['kyr-language-picker', 'kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer'] as const;

export type KyrTag = (typeof tagNames)[number];

/** A selector that matches every kyr widget. */
export const anyKyrTag = tagNames.join(', ');

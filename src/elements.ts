/** Every element class, without defining any tag: import from here to register under your own names. */
import { defineElement } from './define.js';
import { KyrHotlineCard } from './elements/hotline-card/hotline-card.js';

export { KyrHotlineCard };

/** The kit's tags and their classes. */
export const elements = {
  'kyr-hotline-card': KyrHotlineCard,
} as const;

/** Defines every kyr tag (skipping any already defined). */
export function defineAll(): void {
  for (const [tag, element] of Object.entries(elements)) defineElement(tag, element);
}

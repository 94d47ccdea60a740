/** Every element class, without defining any tag: import from here to register under your own names. */
import { defineElement } from './define.js';
import { KyrDetainerExplainer } from './elements/detainer-explainer/detainer-explainer.js';
import { KyrHotlineCard } from './elements/hotline-card/hotline-card.js';
import { KyrLanguagePicker } from './elements/language-picker/language-picker.js';
import { KyrRightsSummary } from './elements/rights-summary/rights-summary.js';

export { KyrDetainerExplainer, KyrHotlineCard, KyrLanguagePicker, KyrRightsSummary, defineElement };

/** The kit's tags and their classes. */
export const elements = {
  'kyr-hotline-card': KyrHotlineCard,
  'kyr-rights-summary': KyrRightsSummary,
  'kyr-detainer-explainer': KyrDetainerExplainer,
  'kyr-language-picker': KyrLanguagePicker,
} as const;

/** Defines every kyr tag (skipping any already defined). */
export function defineAll(): void {
  for (const [tag, element] of Object.entries(elements)) defineElement(tag, element);
}

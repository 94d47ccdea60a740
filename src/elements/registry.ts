/**
 * The element registry: every class, the tag table and defineAll / defineAllInTurns, defining no
 * tag on import. Apps reach it through `kyr-widgets/elements.js` (src/entries/elements.ts) to
 * register the classes under their own names; the other entries define its tags.
 */
import { defineElement } from './define.js';
import { KyrDetainerExplainer } from './detainer-explainer/detainer-explainer.js';
import { KyrHotlineCard } from './hotline-card/hotline-card.js';
import { KyrLanguagePicker } from './language-picker/language-picker.js';
import { KyrRightsSummary } from './rights-summary/rights-summary.js';
import type { KyrTag } from '../shared/tags.js';

export { KyrDetainerExplainer, KyrHotlineCard, KyrLanguagePicker, KyrRightsSummary, defineElement };

/** The kit's tags and their classes. */
export const elements = {
  'kyr-hotline-card': KyrHotlineCard,
  'kyr-rights-summary': KyrRightsSummary,
  'kyr-detainer-explainer': KyrDetainerExplainer,
  'kyr-language-picker': KyrLanguagePicker,
} as const satisfies Record<KyrTag, CustomElementConstructor>;

/** Defines every kyr tag (skipping any already defined). */
export function defineAll(): void {
  for (const [tag, element] of Object.entries(elements)) defineElement(tag, element);
}

/** A turn of the event loop: a tap, a frame or the browser's own work can come first. */
const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
};

/**
 * Defines the tags in turns, yielding to the browser between them, for pages whose widgets came
 * server-rendered: taking them over then changes nothing on screen, so it need not be one long
 * task. (Rendering widgets from their fallback in turns would move the page once per turn: there
 * the entries define every tag at once.) The picker and the hotline card come first.
 */
export async function defineAllInTurns(): Promise<void> {
  const turns: Array<Array<keyof typeof elements>> = [['kyr-language-picker', 'kyr-hotline-card'], ['kyr-rights-summary'], ['kyr-detainer-explainer']];
  for (const [i, turn] of turns.entries()) {
    if (i) await yieldToMain();
    for (const tag of turn) defineElement(tag, elements[tag]);
  }
}

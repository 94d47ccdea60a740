import { hotlineCardExamples } from './hotline-card/hotline-card.examples.js';
import { rightsSummaryExamples } from './rights-summary/rights-summary.examples.js';
import { detainerExplainerExamples } from './detainer-explainer/detainer-explainer.examples.js';
import { languagePickerExamples } from './language-picker/language-picker.examples.js';
import type { KyrTag } from '../shared/tags.js';

/**
 * One documented example of an element: a name and the attributes that make it, as
 * GOV.UK Frontend keeps its examples. The data lives in `<name>.examples.json` beside each
 * element, so Node scripts (README, hostile host pages) read the same file as the stories,
 * the demo's embed generator and the accessibility matrix test.
 */
export interface Example {
  /** Stable and kebab-case: story, preset and test names come from it. */
  name: string;
  /** What the example shows, in a few words. */
  title: string;
  /** Attributes as written in HTML; `''` is a boolean attribute. */
  attributes: Readonly<Record<string, string>>;
  /** What a partner writes inside the element: shown before the script runs, or if it never does. Our own static HTML. */
  fallback: string;
}

export type { KyrTag };

export interface ElementExamples {
  tag: KyrTag;
  examples: readonly Example[];
}

/** Every element's examples, in the order the README and the demo list them. */
export const allExamples: readonly ElementExamples[] = [hotlineCardExamples, rightsSummaryExamples, detainerExplainerExamples, languagePickerExamples];

/** The named example, or a clear failure (a story or test naming one that was removed). */
export function example(set: ElementExamples, name: string): Example {
  const found = set.examples.find((e) => e.name === name);
  if (!found) throw new Error(`<${set.tag}> has no example named "${name}"`);
  return found;
}

/** The element an example describes, with its attributes set (no fallback: the element renders it away). */
export function createExample(tag: KyrTag, { attributes }: Example, doc: Document = document): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

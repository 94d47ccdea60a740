/**
 * The kit's events and their details, typed for listeners: with this module in a program
 * (it comes with `kyr-widgets` and every entry), `addEventListener('kyr-decision', (e) => e.detail.outcome)`
 * type-checks on any element, since every `kyr-*` event bubbles and is composed.
 */
import type { Outcome, Reason } from './elements/detainer-explainer/decision.js';
import type { LocaleCode } from './i18n/locales.js';

export type { Outcome as DecisionOutcome, Reason as DecisionReason };

/** Detail of `kyr-locale-change`: the reader chose `locale` in a picker, and every widget now shows it. */
export interface LocaleChangeDetail {
  locale: LocaleCode;
  previous: LocaleCode;
}

/** Detail of `kyr-decision`: where the detainer step-through ended. */
export interface DecisionDetail {
  /** `may-honor` (the City's policy allows honoring), `does-not-honor`, or `depends` (a question was answered "I don't know"). */
  outcome: Outcome;
  /** True only for `may-honor`. */
  honored: boolean;
  /** Why it ended there, e.g. `no-judicial-warrant` or `unknown-watch-list`. */
  reason: Reason;
}

export type FeedbackAnswer = 'yes' | 'no';

/** Detail of `kyr-feedback`: the reader answered "Was this information helpful?". */
export interface FeedbackDetail {
  /** The tag name of the element the reader answered in. */
  element: string;
  answer: FeedbackAnswer;
}

/** Every `kyr-*` event by name. */
export interface KyrEventMap {
  'kyr-locale-change': CustomEvent<LocaleChangeDetail>;
  'kyr-decision': CustomEvent<DecisionDetail>;
  'kyr-feedback': CustomEvent<FeedbackDetail>;
}

declare global {
  // Listeners on any element (the events bubble) and on the document get a typed `detail`.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends KyrEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends KyrEventMap {}
}

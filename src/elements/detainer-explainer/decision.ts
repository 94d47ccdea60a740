/**
 * When New York City honors an ICE detainer, per the City's 2014 laws
 * (nyc.gov/KnowYourRights): "the City only complies with these requests when
 * they are supported by a judicial warrant and when the individual has either
 * been convicted of a serious or violent felony or is a possible match on a
 * terrorist watch list". Pure: no DOM, no strings.
 */

import { questionOrder, type QuestionId, type Reply } from './questions.js';

export { questionOrder, replies, type QuestionId, type Reply } from './questions.js';

export type Answers = Partial<Record<QuestionId, Reply>>;

/**
 * Where the step-through ends. It describes the City's policy, never one case:
 * `may-honor` (the policy allows honoring), `does-not-honor` (the policy does
 * not), `depends` (the reader could not answer: get help).
 */
export type Outcome = 'may-honor' | 'does-not-honor' | 'depends';

/** Why the step-through ended where it did. */
export type Reason =
  | 'no-judicial-warrant'
  | 'no-qualifying-ground'
  | 'serious-felony'
  | 'watch-list'
  | 'unknown-judicial-warrant'
  | 'unknown-serious-felony'
  | 'unknown-watch-list';

export type Decision =
  | { kind: 'question'; question: QuestionId; /** 1-based. */ number: number }
  | { kind: 'answer'; outcome: Outcome; reason: Reason };

/** The next question to ask, or where the answers given end the step-through. */
export function decide(answers: Answers): Decision {
  const ask = (question: QuestionId): Decision => ({ kind: 'question', question, number: questionOrder.indexOf(question) + 1 });
  const end = (outcome: Outcome, reason: Reason): Decision => ({ kind: 'answer', outcome, reason });

  const warrant = answers['judicial-warrant'];
  if (warrant === undefined) return ask('judicial-warrant');
  if (warrant === 'unknown') return end('depends', 'unknown-judicial-warrant');
  if (warrant === 'no') return end('does-not-honor', 'no-judicial-warrant');

  const felony = answers['serious-felony'];
  if (felony === undefined) return ask('serious-felony');
  if (felony === 'unknown') return end('depends', 'unknown-serious-felony');
  if (felony === 'yes') return end('may-honor', 'serious-felony');

  const watchList = answers['watch-list'];
  if (watchList === undefined) return ask('watch-list');
  if (watchList === 'unknown') return end('depends', 'unknown-watch-list');
  return watchList === 'yes' ? end('may-honor', 'watch-list') : end('does-not-honor', 'no-qualifying-ground');
}

/** Replies as the step-through records them (in question order), replayed into a Decision. */
export function decideFromSteps(steps: readonly Reply[]): { answers: Answers; decision: Decision } {
  const answers: Answers = {};
  let decision = decide(answers);
  for (const reply of steps) {
    if (decision.kind !== 'question') break;
    answers[decision.question] = reply;
    decision = decide(answers);
  }
  return { answers, decision };
}

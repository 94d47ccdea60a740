/**
 * When New York City honors an ICE detainer, per the City's 2014 laws
 * (nyc.gov/KnowYourRights): only with a judicial warrant AND when the person
 * either was convicted of a serious or violent felony or is a possible match
 * on a terrorist watch list. Pure: no DOM, no strings.
 */

export type QuestionId = 'judicial-warrant' | 'serious-felony' | 'watch-list';

/** The questions in the order the step-through asks them. */
export const questionOrder: readonly QuestionId[] = ['judicial-warrant', 'serious-felony', 'watch-list'];

export type Answers = Partial<Record<QuestionId, boolean>>;

/** Why the answer is what it is. */
export type Reason = 'no-judicial-warrant' | 'serious-felony' | 'watch-list' | 'no-qualifying-ground';

export type Decision =
  | { kind: 'question'; question: QuestionId; /** 1-based. */ number: number }
  | { kind: 'answer'; honored: boolean; reason: Reason };

/** The rule itself, over complete facts. */
export function cityHonorsDetainer(facts: Record<QuestionId, boolean>): boolean {
  return facts['judicial-warrant'] && (facts['serious-felony'] || facts['watch-list']);
}

/** The next question to ask, or the answer once the answers given settle it. */
export function decide(answers: Answers): Decision {
  const ask = (question: QuestionId): Decision => ({ kind: 'question', question, number: questionOrder.indexOf(question) + 1 });
  const warrant = answers['judicial-warrant'];
  if (warrant === undefined) return ask('judicial-warrant');
  if (!warrant) return { kind: 'answer', honored: false, reason: 'no-judicial-warrant' };
  const felony = answers['serious-felony'];
  if (felony === undefined) return ask('serious-felony');
  if (felony) return { kind: 'answer', honored: true, reason: 'serious-felony' };
  const watchList = answers['watch-list'];
  if (watchList === undefined) return ask('watch-list');
  return watchList ? { kind: 'answer', honored: true, reason: 'watch-list' } : { kind: 'answer', honored: false, reason: 'no-qualifying-ground' };
}

/** Answers as an ordered list of yes/no, as the step-through records them, replayed into a Decision. */
export function decideFromSteps(steps: readonly boolean[]): { answers: Answers; decision: Decision } {
  const answers: Answers = {};
  let decision = decide(answers);
  for (const yes of steps) {
    if (decision.kind !== 'question') break;
    answers[decision.question] = yes;
    decision = decide(answers);
  }
  return { answers, decision };
}

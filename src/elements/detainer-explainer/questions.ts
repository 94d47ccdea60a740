/*
 * The step-through's questions and replies, as data. A module apart from decision.ts: the first
 * paint needs these (question 1 and its buttons), while the decision logic comes with the
 * step-through's lazily loaded part. Pure: no DOM, no strings.
 */

export type QuestionId = 'judicial-warrant' | 'serious-felony' | 'watch-list';

/** The questions in the order the step-through asks them. */
export const questionOrder: readonly QuestionId[] = ['judicial-warrant', 'serious-felony', 'watch-list'];

/** A reader's answer to one question; a relative often cannot know, so "unknown" is always offered. */
export type Reply = 'yes' | 'no' | 'unknown';
export const replies: readonly Reply[] = ['yes', 'no', 'unknown'];

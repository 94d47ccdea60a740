// The detainer step-through's decision (src/elements/detainer-explainer/decision.ts), in plain Node
// from the TypeScript source, no build.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { source } from './helpers/source.mjs';

const { decide, decideFromSteps } = await source('elements/detainer-explainer/decision.ts');

/**
 * The truth table, written out row by row from the City's rule ("only … when they are
 * supported by a judicial warrant and when the individual has either been convicted of a
 * serious or violent felony or is a possible match on a terrorist watch list"), with the
 * reader's "I don't know" as a third answer. Columns: the replies in the order asked, then
 * where the step-through ends. A reply after the end is never asked.
 */
/** @type {Array<[string[], string, string]>} */
const table = [
  [['no'], 'does-not-honor', 'no-judicial-warrant'],
  [['unknown'], 'depends', 'unknown-judicial-warrant'],
  [['yes', 'yes'], 'may-honor', 'serious-felony'],
  [['yes', 'unknown'], 'depends', 'unknown-serious-felony'],
  [['yes', 'no', 'yes'], 'may-honor', 'watch-list'],
  [['yes', 'no', 'no'], 'does-not-honor', 'no-qualifying-ground'],
  [['yes', 'no', 'unknown'], 'depends', 'unknown-watch-list'],
];

describe('decision: when New York City honors an ICE detainer', () => {
  for (const [replies, outcome, reason] of table) {
    it(`${replies.join(' → ')} ends in "${outcome}" (${reason})`, () => {
      assert.deepEqual(decideFromSteps(replies).decision, { kind: 'answer', outcome, reason });
    });
  }

  it('asks about the judicial warrant first', () => {
    assert.deepEqual(decide({}), { kind: 'question', question: 'judicial-warrant', number: 1 });
  });

  it('with a warrant asks about a conviction, then about the watch list', () => {
    assert.deepEqual(decide({ 'judicial-warrant': 'yes' }), { kind: 'question', question: 'serious-felony', number: 2 });
    assert.deepEqual(decide({ 'judicial-warrant': 'yes', 'serious-felony': 'no' }), { kind: 'question', question: 'watch-list', number: 3 });
  });

  it('never says "may honor" without a judicial warrant, whatever else is answered', () => {
    assert.deepEqual(decide({ 'judicial-warrant': 'no', 'serious-felony': 'yes', 'watch-list': 'yes' }), {
      kind: 'answer',
      outcome: 'does-not-honor',
      reason: 'no-judicial-warrant',
    });
  });

  it('ignores replies given after the step-through has ended', () => {
    assert.deepEqual(decideFromSteps(['unknown', 'yes', 'yes']).decision, { kind: 'answer', outcome: 'depends', reason: 'unknown-judicial-warrant' });
    assert.deepEqual(decideFromSteps(['yes', 'yes', 'no']).answers, { 'judicial-warrant': 'yes', 'serious-felony': 'yes' });
  });
});

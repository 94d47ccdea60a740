import { expect } from '@open-wc/testing';
import { decide, decideFromSteps, type Reply } from '../src/elements/detainer-explainer/decision.js';

/**
 * The truth table, written out row by row from the City's rule ("only … when they are
 * supported by a judicial warrant and when the individual has either been convicted of a
 * serious or violent felony or is a possible match on a terrorist watch list"), with the
 * reader's "I don't know" as a third answer. Columns: the replies in the order asked, then
 * where the step-through ends. A reply after the end is never asked.
 */
const table: Array<[replies: Reply[], outcome: string, reason: string]> = [
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
      expect(decideFromSteps(replies).decision).to.deep.equal({ kind: 'answer', outcome, reason });
    });
  }

  it('asks about the judicial warrant first', () => {
    expect(decide({})).to.deep.equal({ kind: 'question', question: 'judicial-warrant', number: 1 });
  });

  it('with a warrant asks about a conviction, then about the watch list', () => {
    expect(decide({ 'judicial-warrant': 'yes' })).to.deep.equal({ kind: 'question', question: 'serious-felony', number: 2 });
    expect(decide({ 'judicial-warrant': 'yes', 'serious-felony': 'no' })).to.deep.equal({ kind: 'question', question: 'watch-list', number: 3 });
  });

  it('never says "may honor" without a judicial warrant, whatever else is answered', () => {
    expect(decide({ 'judicial-warrant': 'no', 'serious-felony': 'yes', 'watch-list': 'yes' })).to.deep.equal({
      kind: 'answer',
      outcome: 'does-not-honor',
      reason: 'no-judicial-warrant',
    });
  });

  it('ignores replies given after the step-through has ended', () => {
    expect(decideFromSteps(['unknown', 'yes', 'yes']).decision).to.deep.equal({ kind: 'answer', outcome: 'depends', reason: 'unknown-judicial-warrant' });
    expect(decideFromSteps(['yes', 'yes', 'no']).answers).to.deep.equal({ 'judicial-warrant': 'yes', 'serious-felony': 'yes' });
  });
});

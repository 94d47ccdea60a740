import { expect } from '@open-wc/testing';
import { cityHonorsDetainer, decide, decideFromSteps, type QuestionId } from '../src/elements/detainer-explainer/decision.js';

describe('decision: when New York City honors an ICE detainer', () => {
  const yesNo = [true, false];
  for (const warrant of yesNo)
    for (const felony of yesNo)
      for (const watchList of yesNo) {
        const facts: Record<QuestionId, boolean> = { 'judicial-warrant': warrant, 'serious-felony': felony, 'watch-list': watchList };
        const expected = warrant && (felony || watchList);
        it(`warrant=${warrant} felony=${felony} watch-list=${watchList} → ${expected ? 'may honor' : 'does not hold'}`, () => {
          expect(cityHonorsDetainer(facts)).to.equal(expected);
          // The step-through asks only what it needs and reaches the same answer.
          const result = decide(facts);
          expect(result.kind).to.equal('answer');
          expect(result.kind === 'answer' && result.honored).to.equal(expected);
        });
      }

  it('asks about the judicial warrant first', () => {
    expect(decide({})).to.deep.equal({ kind: 'question', question: 'judicial-warrant', number: 1 });
  });

  it('answers "no" at once without a judicial warrant', () => {
    expect(decide({ 'judicial-warrant': false })).to.deep.equal({ kind: 'answer', honored: false, reason: 'no-judicial-warrant' });
  });

  it('with a warrant asks about a conviction, then about the watch list', () => {
    expect(decide({ 'judicial-warrant': true })).to.deep.equal({ kind: 'question', question: 'serious-felony', number: 2 });
    expect(decide({ 'judicial-warrant': true, 'serious-felony': false })).to.deep.equal({ kind: 'question', question: 'watch-list', number: 3 });
  });

  it('gives the reason with the answer', () => {
    expect(decideFromSteps([true, true]).decision).to.deep.equal({ kind: 'answer', honored: true, reason: 'serious-felony' });
    expect(decideFromSteps([true, false, true]).decision).to.deep.equal({ kind: 'answer', honored: true, reason: 'watch-list' });
    expect(decideFromSteps([true, false, false]).decision).to.deep.equal({ kind: 'answer', honored: false, reason: 'no-qualifying-ground' });
  });

  it('ignores answers given after the decision is reached', () => {
    expect(decideFromSteps([false, true, true]).decision).to.deep.equal({ kind: 'answer', honored: false, reason: 'no-judicial-warrant' });
  });
});

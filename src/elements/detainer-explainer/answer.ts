import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { timeline } from '../../content/detainer-history.js';
import { QUALIFYING_FELONIES } from '../../content/detainers.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import type { LocaleCode } from '../../i18n/locales.js';
import { heading, type HeadingLevel } from '../../shared/heading.js';
import { hotlineCallLink } from '../../shared/phone-link.js';
import { decideFromSteps, questionOrder, type Decision, type Outcome, type QuestionId, type Reason, type Reply } from './decision.js';
import { firstQuestion, renderQuestion, replyLabel, type QuestionText } from './question.js';

/** Where the reader's replies lead (the explainer asks this part, which holds the decision logic). */
export const decisionAfter = (steps: readonly Reply[]): Decision => decideFromSteps(steps).decision;

/*
 * The step-through after its first question: the answers given so far, questions 2 and 3, Back
 * and Start over, and at the end the plain answer, why, what to do next and the law. A chunk of
 * its own, fetched when the reader reaches or answers question 1 (the explainer's update waits
 * for it if the reader answers first); a server renderer loads it before rendering.
 */

/** Questions 2 and 3. */
function questionText(question: QuestionId, locale: LocaleCode): QuestionText {
  switch (question) {
    case 'judicial-warrant':
      return firstQuestion();
    case 'serious-felony':
      return {
        text: msg('Has the person been convicted of a serious or violent felony?', { id: 'detainer.question.serious-felony' }),
        hint: msg(str`About ${formatNumber(QUALIFYING_FELONIES, locale)} felonies qualify under the City’s laws.`, {
          id: 'detainer.question.serious-felony.hint',
        }),
      };
    case 'watch-list':
      return { text: msg('Is the person a possible match on a terrorist watch list?', { id: 'detainer.question.watch-list' }) };
  }
}

/**
 * Once the reader has answered question 1: the questions answered (so the reader, and a screen
 * reader, can see the path taken), the next question or the answer, then Back and Start over.
 * `go` takes the reader to the given steps.
 */
export function renderSteps(steps: readonly Reply[], level: HeadingLevel, locale: LocaleCode, go: (steps: Reply[]) => void) {
  const { decision } = decideFromSteps(steps);
  return html`<ol class="given" aria-label=${msg('Your answers', { id: 'detainer.decision.your-answers' })}>
      ${steps.map(
        (reply, i) => html`<li>
          <span>${questionText(questionOrder[i], locale).text}</span>
          <strong>${replyLabel(reply)}</strong>
        </li>`,
      )}
    </ol>
    ${decision.kind === 'question'
      ? renderQuestion(decision.number, questionText(decision.question, locale), level, locale, (reply) => go([...steps, reply]))
      : renderAnswer(decision, level, locale)}
    <div class="nav">
      <button type="button" part="nav-button" @click=${() => go(steps.slice(0, -1))}>
        <span class="back-arrow" aria-hidden="true">←</span>${msg('Back', { id: 'detainer.decision.back' })}
      </button>
      <button type="button" part="nav-button" @click=${() => go([])}>${msg('Start over', { id: 'detainer.decision.start-over' })}</button>
    </div>`;
}

const lawsSigned = timeline.find((event) => event.id === 'laws-signed')!;
const lawsInEffect = timeline.find((event) => event.id === 'laws-in-effect')!;

function renderAnswer(decision: Extract<Decision, { kind: 'answer' }>, level: HeadingLevel, locale: LocaleCode) {
  const felonies = formatNumber(QUALIFYING_FELONIES, locale);
  const reasons: Record<Reason, string> = {
    'no-judicial-warrant': msg('Under the City’s 2014 detainer laws, the City does not honor a detainer without a judicial warrant.', {
      id: 'detainer.reason.no-judicial-warrant',
    }),
    'no-qualifying-ground': msg(
      'Under the City’s 2014 detainer laws, even with a judicial warrant, the City honors a detainer only when the person has either been convicted of a serious or violent felony or is a possible match on a terrorist watch list.',
      { id: 'detainer.reason.no-qualifying-ground' },
    ),
    'serious-felony': msg(
      'There is a judicial warrant and the person has been convicted of a serious or violent felony. This is one of the few cases in which the City may honor a detainer.',
      { id: 'detainer.reason.serious-felony' },
    ),
    'watch-list': msg(
      'There is a judicial warrant and the person is a possible match on a terrorist watch list. This is one of the few cases in which the City may honor a detainer.',
      { id: 'detainer.reason.watch-list' },
    ),
    'unknown-judicial-warrant': msg('The City’s rule depends first on whether a judicial warrant, signed by a judge, supports the detainer.', {
      id: 'detainer.reason.unknown-judicial-warrant',
    }),
    'unknown-serious-felony': msg(
      str`The City’s rule depends on whether the person has been convicted of one of about ${felonies} serious or violent felonies.`,
      { id: 'detainer.reason.unknown-serious-felony' },
    ),
    'unknown-watch-list': msg('The City’s rule depends on whether the person is a possible match on a terrorist watch list.', {
      id: 'detainer.reason.unknown-watch-list',
    }),
  };
  const titles: Record<Outcome, string> = {
    'may-honor': msg('Possibly. The City may honor the detainer in this case.', { id: 'detainer.answer.possibly' }),
    'does-not-honor': msg('No, not under City policy.', { id: 'detainer.answer.no' }),
    depends: msg('It depends. Get help to find out.', { id: 'detainer.answer.depends' }),
  };
  const nextStep =
    decision.outcome === 'depends'
      ? msg(
          'The New Americans Hotline can refer you to organizations that give free and confidential help with immigration legal issues. Speak to a lawyer about the person’s situation.',
          { id: 'detainer.answer.depends.next-step' },
        )
      : msg('This describes City policy, not what will happen in one case. Speak to a lawyer about the person’s situation.', {
          id: 'detainer.answer.policy-not-outcome',
        });
  // No group named by the heading: focus lands on the heading, and the answer is read once.
  return html`<div class="answer ${decision.outcome}" part="answer">
    ${heading(level, titles[decision.outcome], { id: 'current', className: 'answer-title', focusable: true }, 2)}
    <p>${reasons[decision.reason]}</p>
    <p>${nextStep}</p>
    ${hotlineCallLink('new-americans')}
    <p class="law">
      ${msg(
        str`The law: two City laws signed on ${formatDate(lawsSigned.asOf, locale)}, in effect since ${formatDate(lawsInEffect.asOf, locale)}.`,
        { id: 'detainer.answer.law' },
      )}
    </p>
  </div>`;
}

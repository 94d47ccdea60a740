import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../i18n/format.js';
import type { LocaleCode } from '../../i18n/locales.js';
import { heading, type HeadingLevel } from '../../shared/heading.js';
import { questionOrder, replies, type Reply } from './questions.js';

/*
 * What every question of the step-through shares, and the words of the first one: the first
 * paint shows question 1, and the rest of the step-through comes with its lazily loaded part
 * (answer.ts), fetched when the reader reaches or answers question 1.
 */

/** A question's words: the question and, where it needs one, a hint read out after it. */
export interface QuestionText {
  text: string;
  hint?: string;
}

/** Question 1: is there a judicial warrant? */
export const firstQuestion = (): QuestionText => ({
  text: msg('Is there a judicial warrant, signed by a judge?', { id: 'detainer.question.judicial-warrant' }),
  hint: msg('A detainer is a request from federal immigration officials. The City complies only when a judicial warrant supports it.', {
    id: 'detainer.question.judicial-warrant.hint',
  }),
});

export function replyLabel(reply: Reply): string {
  switch (reply) {
    case 'yes':
      return msg('Yes', { id: 'feedback.yes' });
    case 'no':
      return msg('No', { id: 'feedback.no' });
    case 'unknown':
      return msg('I don’t know', { id: 'detainer.reply.unknown' });
  }
}

/**
 * A question is a heading (it takes focus after each answer, so it is read out with its hint
 * as description), the hint, and the three answer buttons. No group around them: a group named
 * by the question would make it be read twice as focus enters.
 */
export function renderQuestion(number: number, { text, hint }: QuestionText, level: HeadingLevel, locale: LocaleCode, answer: (reply: Reply) => void) {
  const progress = msg(str`Question ${formatNumber(number, locale)} of ${formatNumber(questionOrder.length, locale)}`, {
    id: 'detainer.decision.progress',
  });
  return html`<div class="question" part="question">
    ${heading(
      level,
      html`<span class="progress">${progress}</span> <span class="question-text">${text}</span>`,
      { id: 'current', className: 'question-heading', focusable: true, describedBy: hint ? 'hint' : undefined },
      2,
    )}
    ${hint ? html`<p id="hint" class="hint">${hint}</p>` : nothing}
    <div class="answers">
      ${replies.map(
        (reply) => html`<button type="button" part="answer-button" data-answer=${reply} @click=${() => answer(reply)}>
          ${replyLabel(reply)}
        </button>`,
      )}
    </div>
  </div>`;
}

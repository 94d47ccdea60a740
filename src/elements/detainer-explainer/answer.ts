import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { timeline } from '../../content/detainer-history.js';
import { QUALIFYING_FELONIES } from '../../content/detainers.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import type { LocaleCode } from '../../i18n/locales.js';
import { heading, type HeadingLevel } from '../../shared/heading.js';
import { hotlineCallLink } from '../../shared/phone-link.js';
import type { Decision, Outcome, Reason } from './decision.js';

/*
 * The end of the step-through: the plain answer, why, what to do next and the law. A chunk of
 * its own, fetched when the reader starts answering (the explainer's update waits for it if the
 * reader gets there first); a server renderer loads it before rendering.
 */

const lawsSigned = timeline.find((event) => event.id === 'laws-signed')!;
const lawsInEffect = timeline.find((event) => event.id === 'laws-in-effect')!;

export function renderAnswer(decision: Extract<Decision, { kind: 'answer' }>, level: HeadingLevel, locale: LocaleCode) {
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
        str`The law: two City laws signed on ${formatDate(lawsSigned.date, locale)}, in effect since ${formatDate(lawsInEffect.date, locale)}.`,
        { id: 'detainer.answer.law' },
      )}
    </p>
  </div>`;
}

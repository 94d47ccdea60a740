import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { hotlineCallLink } from './phone-link.js';

/** The City's advice to speak to a lawyer, and that the New Americans Hotline helps find one. */
export const speakToALawyer = () =>
  msg('If you have questions about your own legal situation, speak to a lawyer. The New Americans Hotline can help you find free or low-cost legal help.', { id: 'detainer.help.lawyer' });

/**
 * "General information, not legal advice", the City's advice to speak to a lawyer, and a
 * call link to the New Americans Hotline: the way out both content elements offer
 * (nyc.gov/KnowYourRights: "If you have questions about an individual legal situation,
 * you should speak to an attorney. The New Americans Hotline can help you find free or
 * low-cost legal assistance."). Leave the call link out where the same link is just above.
 */
export function legalHelp({ callLink = true }: { callLink?: boolean } = {}) {
  // A named note, not a landmark: a page with both content widgets would otherwise have two "Legal help" landmarks.
  return html`<aside class="help" part="help" role="note" aria-label=${msg('Legal help', { id: 'detainer.help.label' })}>
    <p>
      <strong>${msg('This is general information, not legal advice.', { id: 'detainer.help.not-advice' })}</strong>
      ${speakToALawyer()}
    </p>
    ${callLink ? hotlineCallLink('new-americans') : nothing}
  </aside>`;
}

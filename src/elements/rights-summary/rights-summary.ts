import { html, nothing, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { DETAINEE_LOCATOR_URL, KNOW_YOUR_RIGHTS_LABEL, KNOW_YOUR_RIGHTS_URL, detaineeLocatorName, rightsPoints } from '../../content/rights.js';
import { officialName } from '../../shared/official-name.js';
import { loadFeedback, renderFeedback } from '../../shared/feedback-part.js';
import { heading, type HeadingLevel } from '../../shared/heading.js';
import { KyrSectionElement } from '../../shared/kyr-element.js';
import { checkIcon } from '../../shared/icons.js';
import { hotlineCallLink } from '../../shared/phone-link.js';
import { legalHelp } from '../../shared/legal-help.js';
import { sourceLine } from '../../shared/source-line.js';
import { rightsSummaryStyles } from './rights-summary.styles.js';

/**
 * The know-your-rights points from the City of New York, what to do if ICE is
 * at your home or someone has been detained, and where to learn more.
 *
 * @tagname kyr-rights-summary
 * @summary Your rights in New York City, and what to do if ICE comes.
 *
 * @attr compact - Show only the rights points (for sidebars).
 * @attr feedback - Ask "Was this information helpful?" and fire `kyr-feedback` with the answer.
 * @attr heading-level - Level of the main heading, 2–6 (default 2); sub-headings are one deeper.
 *
 * @fires {CustomEvent<FeedbackDetail>} kyr-feedback - The reader answered "Was this information helpful?". `detail: { element: 'kyr-rights-summary', answer: 'yes' | 'no' }`. Nothing is sent anywhere.
 *
 * @slot - Fallback content shown until the element is defined (and if the script never runs).
 *
 * @csspart card - The outer box.
 * @csspart heading - The main heading.
 * @csspart points - The list of rights.
 * @csspart if-ice - The "If ICE is at your home" steps.
 * @csspart phone-link - Each call link.
 * @csspart more - The link to nyc.gov/KnowYourRights.
 * @csspart help - "General information, not legal advice" and speak to a lawyer (with the New Americans Hotline's call link in `compact` mode).
 * @csspart feedback - The "Was this information helpful?" box.
 * @csspart feedback-button - Its Yes and No buttons.
 * @csspart source - Where the facts come from.
 *
 * @cssprop [--kyr-color-accent=#0b4f8a] - Call links and check marks.
 * @cssprop [--kyr-color-text=#1b1b1b] - Text color.
 * @cssprop [--kyr-color-surface=#ffffff] - Background.
 * @cssprop [--kyr-font-size=max(16px, 1rem)] - Base size: grows with the reader's larger text, never below 16 px.
 * @cssprop [--kyr-font-family=system-ui, …] - Font stack.
 * @cssprop [--kyr-radius=8px] - Corner radius.
 */
export class KyrRightsSummary extends KyrSectionElement {
  static override styles = rightsSummaryStyles;
  static override properties: PropertyDeclarations = { compact: { type: Boolean, reflect: true }, feedback: { type: Boolean, reflect: true } };

  /** Only the rights points, for sidebars. */
  compact = false;

  /** Ask "Was this information helpful?". */
  feedback = false;

  /** The feedback box is a chunk of its own: the update waits for it when `feedback` is on. */
  protected override partsLoading(): Promise<unknown> | undefined {
    return this.feedback ? loadFeedback() : undefined;
  }

  protected override render() {
    const level = this.level;
    return html`
      <section class="root surface" part="card" lang=${this.locale} dir=${this.contentDir} aria-labelledby="title">
        ${heading(level, msg('Your rights in New York City', { id: 'rights.title' }), { id: 'title', className: 'heading' })}
        <ul class="points" part="points">
          ${rightsPoints.map((point) => html`<li>${checkIcon}<span>${point.text()}</span></li>`)}
        </ul>
        ${this.compact ? nothing : this.renderIfIce(level)}
        ${this.compact
          ? html`<p part="more">
              ${msg(
                html`${html`<a href=${KNOW_YOUR_RIGHTS_URL} class="url-shown">${msg('More about your rights', { id: 'rights.more-short' })}</a>`} (${html`<bdi dir="ltr">${KNOW_YOUR_RIGHTS_LABEL}</bdi>`})`,
                { id: 'rights.more-short.with-address' },
              )}
            </p>`
          : nothing}
        ${legalHelp({ callLink: this.compact })} ${renderFeedback(this, this.feedback) ?? nothing}
        ${sourceLine(['nyc-kyr'])}
      </section>
    `;
  }

  private renderIfIce(level: HeadingLevel) {
    return html`
      <div class="if-ice" part="if-ice">
        ${heading(level, msg('If ICE is at your home or someone has been detained', { id: 'rights.if-ice.title' }), { id: 'if-ice', className: 'subheading' }, 1)}
        <ol class="steps">
          <li>
            <p>${msg('Call 311. You will be transferred to an agency that can help you, and you can leave a message.', { id: 'rights.if-ice.call-311' })}</p>
            ${hotlineCallLink('311')}
          </li>
          <li>
            <p>${msg('For immigration legal help, call the ActionNYC Hotline.', { id: 'rights.if-ice.actionnyc' })}</p>
            ${hotlineCallLink('actionnyc')}
          </li>
          <li>
            <p>${msg('If you need help with a deportation case, the New Americans Hotline will refer you to organizations that give free and confidential help.', { id: 'rights.if-ice.new-americans' })}</p>
            ${hotlineCallLink('new-americans')}
          </li>
          <li>
            <p>
              ${msg('To find a family member who is in immigration detention, enter their information in the Online Detainee Locator System of the U.S. Department of Homeland Security.', { id: 'rights.if-ice.locator' })}
            </p>
            <a href=${DETAINEE_LOCATOR_URL} rel="noopener">${officialName(detaineeLocatorName)}</a>
          </li>
        </ol>
        <p part="more">
          ${msg(
            html`For more about your rights, and a fact sheet in many languages, go to ${html`<a href=${KNOW_YOUR_RIGHTS_URL} class="url-shown"><bdi dir="ltr">${KNOW_YOUR_RIGHTS_LABEL}</bdi></a>`}.`,
            { id: 'rights.more' },
          )}
        </p>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kyr-rights-summary': KyrRightsSummary;
  }
}

import { html, nothing, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import {
  DETAINEE_LOCATOR_URL,
  DOOR_GUIDANCE_DATE,
  KNOW_YOUR_RIGHTS_LABEL,
  KNOW_YOUR_RIGHTS_URL,
  detaineeLocatorName,
  doorSteps,
  rightsPoints,
} from '../../content/rights.js';
import type { SourceId } from '../../content/sources.js';
import { formatDate } from '../../i18n/format.js';
import { officialName } from '../../shared/official-name.js';
import { loadFeedback, renderFeedback } from '../../shared/feedback-part.js';
import { heading, type HeadingLevel } from '../../shared/heading.js';
import { KyrContentElement } from '../../shared/kyr-element.js';
import { cautionIcon, checkIcon } from '../../shared/icons.js';
import { hotlineCallLink } from '../../shared/phone-link.js';
import { legalHelp } from '../../shared/legal-help.js';
import { sourceLine } from '../../shared/source-line.js';
import { warnAttribute } from '../../shared/warn.js';
import { rightsSummaryStyles } from './rights-summary.styles.js';

/** The parts a partner can show with `sections`, in their default order. */
const sectionNames = ['door', 'rights', 'detained'] as const;
type SectionName = (typeof sectionNames)[number];

/**
 * What to do if ICE is at your door (the City's guidance), the know-your-rights points from
 * the City of New York, each dated where it can change, what to do if someone has been
 * detained, and where to learn more.
 *
 * @tagname kyr-rights-summary
 * @summary Your rights in New York City, and what to do if ICE comes.
 *
 * @attr sections - Which parts to show and in which order, space-separated: `door rights detained` (default: all three, in that order).
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
 * @csspart door - The "If ICE is at your door" steps.
 * @csspart if-ice - The "If someone has been detained" steps.
 * @csspart stale-notice - The notice shown when the content was last checked more than a year ago.
 * @csspart checked - "Checked against these sources on …".
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
export class KyrRightsSummary extends KyrContentElement {
  static override styles = rightsSummaryStyles;
  static override properties: PropertyDeclarations = { sections: {}, compact: { type: Boolean, reflect: true }, feedback: { type: Boolean, reflect: true } };

  /** Parts to show, in order, space-separated: `door rights detained`. Empty or absent: all three. */
  sections?: string;

  /** Only the rights points, for sidebars. */
  compact = false;

  /** Ask "Was this information helpful?". */
  feedback = false;

  /** The feedback box is a chunk of its own: the update waits for it when `feedback` is on. */
  protected override partsLoading(): Promise<unknown> | undefined {
    return this.feedback ? loadFeedback() : undefined;
  }

  /** The parts to show, in the partner's order (each once); all when none is named. */
  private shownSections(): readonly SectionName[] {
    if (this.compact) return ['rights'];
    const tokens = (typeof this.sections === 'string' ? this.sections : '').trim().toLowerCase().split(/[\s,]+/).filter(Boolean);
    const known = [...new Set(tokens.filter((t): t is SectionName => (sectionNames as readonly string[]).includes(t)))];
    if (known.length !== tokens.length && tokens.some((t) => !(sectionNames as readonly string[]).includes(t))) {
      warnAttribute(this, 'sections', this.sections, `use any of: ${sectionNames.join(' ')}; ${known.length ? 'ignoring the rest' : 'showing all'}.`);
    }
    return known.length ? known : sectionNames;
  }

  protected override render() {
    const level = this.level;
    const shown = this.shownSections();
    const sections: Record<SectionName, () => unknown> = {
      door: () => this.renderDoor(level),
      rights: () => this.renderRights(),
      detained: () => this.renderIfIce(level),
    };
    const cited: SourceId[] = shown.flatMap((name) => (name === 'door' ? doorSteps[0].sources : name === 'rights' ? rightsPoints.flatMap((p) => p.sources) : ['nyc-kyr']));
    return html`
      <section class="root surface" part="card" lang=${this.locale} dir=${this.contentDir} aria-labelledby="title">
        ${heading(level, msg('Your rights in New York City', { id: 'rights.title' }), { id: 'title', className: 'heading' })}
        ${this.renderStaleNotice()} ${shown.map((name) => sections[name]())}
        ${this.compact
          ? html`<p part="more">
              ${msg(
                html`${html`<a href=${KNOW_YOUR_RIGHTS_URL} class="url-shown">${msg('More about your rights', { id: 'rights.more-short' })}</a>`} (${html`<bdi dir="ltr">${KNOW_YOUR_RIGHTS_LABEL}</bdi>`})`,
                { id: 'rights.more-short.with-address' },
              )}
            </p>`
          : html`<p part="more">
              ${msg(
                html`For more about your rights, and a fact sheet in many languages, go to ${html`<a href=${KNOW_YOUR_RIGHTS_URL} class="url-shown"><bdi dir="ltr">${KNOW_YOUR_RIGHTS_LABEL}</bdi></a>`}.`,
                { id: 'rights.more' },
              )}
            </p>`}
        ${legalHelp({ callLink: this.compact })} ${renderFeedback(this, this.feedback) ?? nothing}
        ${sourceLine(cited, { checked: true })}
      </section>
    `;
  }

  private renderRights() {
    // A caution (a protection that ended) has no check mark: it is not a right.
    return html`<ul class="points" part="points">
      ${rightsPoints.map(
        (point) => html`<li class=${point.kind === 'caution' ? 'caution' : 'right'}>${point.kind === 'caution' ? cautionIcon : checkIcon}<span>${point.text(this.locale)}</span></li>`,
      )}
    </ul>`;
  }

  /** If ICE is at your door: the City's guidance of January 2025, in short numbered steps, then whom to call. */
  private renderDoor(level: HeadingLevel) {
    return html`
      <div class="door" part="door">
        ${heading(level, msg('If ICE is at your door', { id: 'rights.door.title' }), { id: 'door', className: 'subheading' }, 1)}
        <p class="as-of">${msg(str`From the City’s guidance of ${formatDate(DOOR_GUIDANCE_DATE, this.locale)}.`, { id: 'rights.door.as-of' })}</p>
        <ol class="steps">
          ${doorSteps.map((step) => html`<li><p>${step.text()}</p></li>`)}
        </ol>
        <p>${msg('If ICE is at your home, you can call 311 to be transferred to an agency that can help you.', { id: 'rights.door.call-311' })}</p>
        ${hotlineCallLink('311')}
      </div>
    `;
  }

  private renderIfIce(level: HeadingLevel) {
    return html`
      <div class="if-ice" part="if-ice">
        ${heading(level, msg('If someone has been detained', { id: 'rights.detained.title' }), { id: 'if-ice', className: 'subheading' }, 1)}
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
            <p>${msg('If you need help with a deportation case, the New Americans Hotline of the New York State Office for New Americans will refer you to organizations that give free and confidential help.', { id: 'rights.if-ice.new-americans-state' })}</p>
            ${hotlineCallLink('new-americans')}
          </li>
          <li>
            <p>
              ${msg('To find a family member who is in immigration detention, enter their information in the Online Detainee Locator System of the U.S. Department of Homeland Security.', { id: 'rights.if-ice.locator' })}
            </p>
            <a href=${DETAINEE_LOCATOR_URL} rel="noopener">${officialName(detaineeLocatorName)}</a>
          </li>
        </ol>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kyr-rights-summary': KyrRightsSummary;
  }
}

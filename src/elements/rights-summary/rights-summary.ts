import { html, nothing, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { KNOW_YOUR_RIGHTS_LABEL, KNOW_YOUR_RIGHTS_URL, type SourceId } from '../../content/sources.js';
import { loadFeedback, renderFeedback } from '../../shared/feedback-part.js';
import { heading } from '../../shared/heading.js';
import { KyrContentElement } from '../../shared/kyr-element.js';
import { legalHelp } from '../../shared/legal-help.js';
import { sourceLine } from '../../shared/source-line.js';
import { chosenSections } from '../../shared/sections.js';
import { rightsSummaryStyles } from './rights-summary.styles.js';
import { sectionNames, type SectionName } from './section-names.js';


/*
 * The sections' words and data come in a chunk of their own (sections.ts): the element's update
 * waits for it; a server renderer loads it before rendering (loadRightsParts).
 */
let parts: typeof import('./sections.js') | undefined;
let partsLoadingPromise: Promise<unknown> | undefined;
const loadSections = () => (partsLoadingPromise ??= import('./sections.js').then((module) => (parts = module)));

/**
 * Every lazily loaded part of the rights summary, for a server renderer that renders synchronously.
 * @internal Not public API: `kyr-widgets/ssr.js` calls it.
 */
export const loadRightsParts = (): Promise<unknown> => Promise.all([loadSections(), loadFeedback()]);

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

  /** Its sections and the feedback box are chunks of their own: the update waits for what it shows. */
  protected override partsLoading(): Promise<unknown> | undefined {
    const waits = [super.partsLoading(), parts ? undefined : loadSections(), this.feedback ? loadFeedback() : undefined].filter(Boolean);
    return waits.length ? Promise.all(waits) : undefined;
  }

  /** The parts to show, in the partner's order (each once); all when none is named. */
  private shownSections(): readonly SectionName[] {
    return this.compact ? ['rights'] : chosenSections(this, this.sections, sectionNames);
  }

  protected override render() {
    const level = this.level;
    const shown = this.shownSections();
    const cited: SourceId[] = parts ? shown.flatMap((name) => parts!.sectionSources[name]) : ['nyc-kyr'];
    return html`
      <section class="root surface" part="card" lang=${this.locale} dir=${this.contentDir} aria-labelledby="title">
        ${heading(level, msg('Your rights in New York City', { id: 'rights.title' }), { id: 'title', className: 'heading' })}
        ${this.renderStaleNotice()} ${parts ? shown.map((name) => parts!.renderSection(name, level, this.locale)) : nothing}
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

}

declare global {
  interface HTMLElementTagNameMap {
    'kyr-rights-summary': KyrRightsSummary;
  }
}

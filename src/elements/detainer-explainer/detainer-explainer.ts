import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { definitionSources, detainerDefinition, detainerRule } from '../../content/detainers.js';
import type { SourceId } from '../../content/sources.js';
import { prepareFormats } from '../../i18n/format.js';
import { partsBundled } from '../../parts-bundled.js';
import type { LocaleCode } from '../../i18n/locales.js';
import { loadFeedback, renderFeedback } from '../../shared/feedback-part.js';
import { heading, type HeadingLevel } from '../../shared/heading.js';
import { KyrContentElement } from '../../shared/kyr-element.js';
import { legalHelp, speakToALawyer } from '../../shared/legal-help.js';
import { hotlineCallLink } from '../../shared/phone-link.js';
import { sourceLine } from '../../shared/source-line.js';
import { chosenSections } from '../../shared/sections.js';
import type { Decision, Reply } from './decision.js';
import { detainerExplainerStyles } from './detainer-explainer.styles.js';
import { firstQuestion, renderQuestion } from './question.js';
import type { DecisionDetail } from '../../events.js';
import { sectionNames, type SectionName } from './section-names.js';

/*
 * What the first paint does not need comes in chunks of their own: the timeline and figures
 * (below the step-through) and the answer at its end. The element's update waits for a part it
 * is about to show; a server renderer loads them all first (loadExplainerParts).
 */
type History = typeof import('./history.js');
type Answer = typeof import('./answer.js');
let history: History | undefined;
let answer: Answer | undefined;
let historyLoading: Promise<unknown> | undefined;
let answerLoading: Promise<unknown> | undefined;
// Each part's chunk and the content chunk it imports are requested together, not one after the
// other (a library build has no preload of a chunk's imports).
// In a browser, the dates and figures' formatters are built in a task of their own meanwhile. A
// part that downloads renders as soon as it is here; in the standalone file, where it already
// is, it renders after that task, so the first one is not one long task.
const loadHistory = (locale?: LocaleCode) => {
  const formats = !historyLoading && locale ? prepareFormats(locale) : undefined;
  return (historyLoading ??= Promise.all([import('./history.js'), import('../../content/detainer-history.js'), partsBundled ? formats : undefined]).then(
    ([module]) => (history = module),
  ));
};
const loadAnswer = () =>
  (answerLoading ??= Promise.all([import('./answer.js'), import('../../content/detainer-history.js')]).then(([module]) => (answer = module)));

/**
 * Every lazily loaded part of the explainer, for a server renderer that renders synchronously.
 * @internal Not public API: `kyr-widgets/ssr.js` calls it.
 */
export const loadExplainerParts = (): Promise<unknown> => Promise.all([loadHistory(), loadAnswer(), loadFeedback()]);

/** Which sources each section draws on, for the source line. */
const sectionSources = (name: SectionName): readonly SourceId[] =>
  name === 'definition' ? definitionSources : name === 'decision' ? detainerRule.sources : ((name === 'timeline' ? history?.timelineSources : history?.figureSources) ?? []);

/**
 * What an ICE detainer is and when New York City honors one: a step-through
 * that ends in a plain answer, a dated timeline of the City's laws and
 * guidance, and the key figures with who reported them. General information,
 * not legal advice, and it says so.
 *
 * @tagname kyr-detainer-explainer
 * @summary When will New York City hold someone for ICE? A step-through, a timeline and the figures.
 *
 * @attr sections - Which parts to show, space-separated: `definition decision timeline figures` (default: all).
 * @attr feedback - Ask "Was this information helpful?" and fire `kyr-feedback` with the answer.
 * @attr heading-level - Level of the main heading, 2–6 (default 2); section headings are one deeper.
 *
 * @fires {CustomEvent<FeedbackDetail>} kyr-feedback - The reader answered "Was this information helpful?". `detail: { element: 'kyr-detainer-explainer', answer: 'yes' | 'no' }`. Nothing is sent anywhere.
 * @fires {CustomEvent<DecisionDetail>} kyr-decision - The step-through reached its end. `detail: { outcome: 'may-honor' | 'does-not-honor' | 'depends', honored: boolean, reason }` (`honored` is true only for `may-honor`; `reason` says why, e.g. `no-judicial-warrant`).
 *
 * @slot - Fallback content shown until the element is defined (and if the script never runs).
 *
 * @csspart card - The outer box.
 * @csspart heading - The main heading.
 * @csspart definition - What a detainer is.
 * @csspart decision - The step-through.
 * @csspart question - The current question.
 * @csspart answer-button - The Yes, No and I don't know buttons of a question.
 * @csspart answer - The answer at the end of the step-through.
 * @csspart nav-button - Back and Start over.
 * @csspart timeline - The dated timeline.
 * @csspart figures - The key figures.
 * @csspart help - "General information, not legal advice" and where to get legal help.
 * @csspart phone-link - The call links to the New Americans Hotline.
 * @csspart feedback - The "Was this information helpful?" box.
 * @csspart feedback-button - Its Yes and No buttons.
 * @csspart source - Where the facts come from.
 * @csspart checked - "Checked against these sources on …".
 * @csspart stale-notice - The notice shown when the content was last checked more than a year ago.
 */
export class KyrDetainerExplainer extends KyrContentElement {
  static override styles = detainerExplainerStyles;
  static override properties: PropertyDeclarations = { sections: {}, feedback: { type: Boolean, reflect: true }, steps: { state: true }, stepsUnavailable: { state: true } };

  /** Parts to show, space-separated: `definition decision timeline figures`. Empty or absent: all. */
  sections?: string;

  /** Ask "Was this information helpful?". */
  feedback = false;

  /** The reader's replies so far, in question order. */
  private steps: Reply[] = [];

  /** The step-through's part could not load: the rule is shown in full instead. */
  private stepsUnavailable = false;

  private moveFocus = false;
  /** What had focus when `restart()` was called: if the restart removes it, focus goes to the first question. */
  private focusBeforeRestart?: Element;

  /**
   * Restarts the step-through at the first question. Focus stays where it is (the page's own
   * button, say), unless it was on something the restart removes: then it moves to the first
   * question rather than falling to the page's `<body>`.
   */
  restart(): void {
    this.focusBeforeRestart = this.shadowRoot?.activeElement ?? undefined;
    this.steps = [];
  }

  /**
   * A step taken with the widget's own buttons: focus follows to the new question or the answer.
   * Past question 1 it waits for the step-through's part.
   */
  private go(steps: Reply[]): void {
    if (steps.length && !answer) {
      // Past question 1 the step-through needs its part: move on once it is here. If it cannot
      // load (a browser does not fetch a failed module again), the rule in full takes its place.
      this.track(
        loadAnswer().then(
          () => this.go(steps),
          () => {
            this.stepsUnavailable = true;
            this.moveFocus = true;
          },
        ),
      );
      return;
    }
    this.steps = steps;
    this.moveFocus = true;
  }

  /** A pointer or focus reaching the step-through starts loading its part, so an answer seldom waits for it. */
  private readonly prefetchSteps = () => this.track(loadAnswer());

  /** Where the reader's replies lead: undefined at question 1, and without the step-through's part (it decides). */
  private decision(): Decision | undefined {
    return this.steps.length ? answer?.decisionAfter(this.steps) : undefined;
  }

  /** The update waits for a lazily loaded part it is about to show (the step-through's, past question 1). */
  protected override partsLoading(): Promise<unknown> | undefined {
    const shown = this.shownSections();
    const waits = [
      super.partsLoading(),
      !history && (shown.has('timeline') || shown.has('figures')) ? loadHistory(this.locale) : undefined,
      !answer && shown.has('decision') && this.steps.length ? loadAnswer() : undefined,
      this.feedback ? loadFeedback() : undefined,
    ].filter(Boolean);
    return waits.length ? Promise.all(waits) : undefined;
  }

  private shownSections(): ReadonlySet<SectionName> {
    return new Set(chosenSections(this, this.sections, sectionNames));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const lost = this.focusBeforeRestart && !this.focusBeforeRestart.isConnected;
    this.focusBeforeRestart = undefined;
    if (lost) this.renderRoot.querySelector<HTMLElement>('#current')?.focus();
    if (!this.moveFocus) return;
    this.moveFocus = false;
    this.renderRoot.querySelector<HTMLElement>('#current')?.focus();
    const decision = this.decision();
    if (decision?.kind === 'answer') {
      const detail: DecisionDetail = { outcome: decision.outcome, honored: decision.outcome === 'may-honor', reason: decision.reason };
      this.dispatchEvent(new CustomEvent<DecisionDetail>('kyr-decision', { detail, bubbles: true, composed: true }));
    }
  }

  protected override render() {
    const level = this.level;
    const shown = this.shownSections();
    const sources = sectionNames.filter((name) => shown.has(name)).flatMap(sectionSources);
    // An answer carries its own call link; the help below then does not repeat it.
    const answerShown = shown.has('decision') && this.decision()?.kind === 'answer';
    return html`
      <section class="root surface" part="card" lang=${this.locale} dir=${this.contentDir} aria-labelledby="title">
        ${heading(level, msg('ICE detainers in New York City', { id: 'detainer.title' }), { id: 'title', className: 'heading' })}
        ${this.renderStaleNotice()}
        ${shown.has('definition') ? this.renderDefinition(level) : nothing}
        ${shown.has('decision') ? this.renderDecision(level) : nothing}
        ${shown.has('timeline') && history ? history.renderTimeline(level, this.locale) : nothing}
        ${shown.has('figures') && history ? history.renderFigures(level, this.locale) : nothing}
        ${legalHelp({ callLink: !answerShown })} ${renderFeedback(this, this.feedback) ?? nothing} ${sourceLine([...sources, 'nyc-kyr'], { checked: true })}
      </section>
    `;
  }

  private renderDefinition(level: HeadingLevel) {
    return html`<div class="part" part="definition">
      ${heading(level, msg('What is an ICE detainer?', { id: 'detainer.definition.title' }), { className: 'subheading' }, 1)}
      <p>${detainerDefinition.text()}</p>
      <p>${detainerDefinition.form(this.locale)}</p>
    </div>`;
  }

  /**
   * Question 1 at first paint; past it, the step-through's lazily loaded part renders the rest.
   * Until the script has taken over (server-rendered HTML, JavaScript off), the rule, the advice to
   * speak to a lawyer and the New Americans Hotline's call link stand in the same place instead
   * (styles/needs-script.ts); on paper, the rule.
   */
  private renderDecision(level: HeadingLevel) {
    const go = (steps: Reply[]) => this.go(steps);
    return html`<div class="part decision" part="decision" @pointerenter=${this.prefetchSteps} @focusin=${this.prefetchSteps}>
      ${heading(level, msg('Will New York City hold someone for ICE?', { id: 'detainer.decision.title' }), { id: 'decision-title', className: 'subheading' }, 1)}
      <div class="steps">
        <div class="without-script rule">
          <p>${this.ruleText()}</p>
          <p>${speakToALawyer()}</p>
          ${hotlineCallLink('new-americans')}
        </div>
        <div class="no-print needs-script">
          ${this.stepsUnavailable
            ? html`<p id="current" tabindex="-1">${this.ruleText()}</p>`
            : this.steps.length
              ? (answer?.renderSteps(this.steps, level, this.locale, go) ?? nothing)
              : renderQuestion(1, firstQuestion(), level, this.locale, (reply) => go([reply]))}
        </div>
      </div>
    </div>`;
  }

  private ruleText(): string {
    return msg(
      'Under its 2014 laws, New York City complies with an ICE detainer only when it is supported by a judicial warrant and the person has either been convicted of a serious or violent felony or is a possible match on a terrorist watch list.',
      { id: 'detainer.rule' },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kyr-detainer-explainer': KyrDetainerExplainer;
  }
}

import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { FeedbackAnswer, FeedbackDetail } from '../events.js';

/**
 * "Was this information helpful?" Yes/No, as the City's page ends. The kit
 * sends nothing anywhere: the answer is only a `kyr-feedback` event the
 * partner's page may count its own way.
 */
export class FeedbackController implements ReactiveController {
  private answer?: FeedbackAnswer;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  render(enabled: boolean) {
    if (!enabled) return nothing;
    // Its buttons need the script: server-rendered, the box keeps its room but shows only once they work.
    return html`<div class="feedback needs-script" part="feedback">
      ${this.answer
        ? html`<p class="feedback-thanks" tabindex="-1">${msg('Thank you for your feedback.', { id: 'feedback.thanks' })}</p>`
        : html`<p id="feedback-question">${msg('Was this information helpful?', { id: 'feedback.question' })}</p>
            <div class="feedback-buttons" role="group" aria-labelledby="feedback-question">
              <button type="button" part="feedback-button" @click=${() => this.choose('yes')}>${msg('Yes', { id: 'feedback.yes' })}</button>
              <button type="button" part="feedback-button" @click=${() => this.choose('no')}>${msg('No', { id: 'feedback.no' })}</button>
            </div>`}
    </div>`;
  }

  private async choose(answer: FeedbackAnswer): Promise<void> {
    this.answer = answer;
    const detail: FeedbackDetail = { element: this.host.localName, answer };
    this.host.dispatchEvent(new CustomEvent<FeedbackDetail>('kyr-feedback', { detail, bubbles: true, composed: true }));
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The pressed button is gone: keep focus in the widget, on the thanks.
    this.host.shadowRoot?.querySelector<HTMLElement>('.feedback-thanks')?.focus();
  }
}

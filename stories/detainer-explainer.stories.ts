import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { KyrDetainerExplainer } from '../src/elements/detainer-explainer/detainer-explainer.js';

interface ExplainerArgs {
  sections?: string;
  feedback: boolean;
  'heading-level': number;
}

/** Answers the step-through's questions in order, as a reader would by clicking. */
const answering =
  (...answers: Array<'yes' | 'no' | 'unknown'>): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector<KyrDetainerExplainer>('kyr-detainer-explainer')!;
    await el.updateComplete;
    for (const answer of answers) {
      el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-answer="${answer}"]`)!.click();
      await el.updateComplete;
    }
  };

const meta: Meta<ExplainerArgs> = {
  title: 'Elements/Detainer explainer',
  component: 'kyr-detainer-explainer',
  argTypes: {
    sections: { control: 'text', description: 'Space-separated: definition decision timeline figures' },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  args: { feedback: false, 'heading-level': 2 },
  render: (args) =>
    html`<kyr-detainer-explainer
      sections=${ifDefined(args.sections)}
      ?feedback=${args.feedback}
      heading-level=${args['heading-level']}
    ></kyr-detainer-explainer>`,
};
export default meta;
type Story = StoryObj<ExplainerArgs>;

/** Everything: definition, step-through, timeline, figures. */
export const All: Story = {};

/** Only the step-through, at its first question. */
export const StepThrough: Story = { args: { sections: 'decision' } };

/** Question 2: a judicial warrant was answered "Yes". */
export const StepQuestion2: Story = { name: 'Step: question 2', args: { sections: 'decision' }, play: answering('yes') };

/** Question 3: warrant yes, felony conviction no. */
export const StepQuestion3: Story = { name: 'Step: question 3', args: { sections: 'decision' }, play: answering('yes', 'no') };

/** Answer: no judicial warrant, so City policy does not honor the detainer (described as policy, with a call link). */
export const AnswerNoWarrant: Story = { name: 'Answer: no warrant', args: { sections: 'decision' }, play: answering('no') };

/** Answer: warrant and a serious or violent felony conviction. */
export const AnswerFelony: Story = { name: 'Answer: warrant + felony', args: { sections: 'decision' }, play: answering('yes', 'yes') };

/** Answer: warrant and a possible watch-list match. */
export const AnswerWatchList: Story = { name: 'Answer: warrant + watch list', args: { sections: 'decision' }, play: answering('yes', 'no', 'yes') };

/** Answer: a warrant but no qualifying ground. */
export const AnswerNoGround: Story = { name: 'Answer: warrant, nothing else', args: { sections: 'decision' }, play: answering('yes', 'no', 'no') };

/** Answer: the reader does not know about a judicial warrant: what the rule depends on, the New Americans Hotline, a lawyer. */
export const AnswerUnknownWarrant: Story = { name: 'Answer: "I don’t know" (warrant)', args: { sections: 'decision' }, play: answering('unknown') };

/** Answer: warrant yes, but the reader does not know about a conviction. */
export const AnswerUnknownFelony: Story = { name: 'Answer: "I don’t know" (felony)', args: { sections: 'decision' }, play: answering('yes', 'unknown') };

/** Only the dated timeline. */
export const Timeline: Story = { args: { sections: 'timeline' } };

/** Only the key figures. */
export const Figures: Story = { args: { sections: 'figures' } };

/** With "Was this information helpful?". */
export const WithFeedback: Story = { args: { feedback: true } };

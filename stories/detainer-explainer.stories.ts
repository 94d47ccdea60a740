import type { Meta, StoryObj } from '@storybook/web-components';
import type { KyrDetainerExplainer } from '../src/elements/detainer-explainer/detainer-explainer.js';
import { detainerExplainerExamples as examples } from '../src/elements/detainer-explainer/detainer-explainer.examples.js';
import { exampleStory, renderElement } from './examples.js';

interface ExplainerArgs {
  sections?: string;
  feedback?: boolean;
  'heading-level'?: number;
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
  args: { feedback: false },
  render: (args) => renderElement('kyr-detainer-explainer')(args as Record<string, unknown>),
};
export default meta;
type Story = StoryObj<ExplainerArgs>;

// The documented examples (detainer-explainer.examples.json); the step-through's later states are
// the "step-through" example after the reader's answers.
export const All: Story = exampleStory(examples, 'all');
export const StepThrough: Story = exampleStory(examples, 'step-through');
export const Timeline: Story = exampleStory(examples, 'timeline');
export const Figures: Story = exampleStory(examples, 'figures');
export const WithFeedback: Story = exampleStory(examples, 'feedback');

/** Question 2: a judicial warrant was answered "Yes". */
export const StepQuestion2: Story = exampleStory(examples, 'step-through', { name: 'Step: question 2', play: answering('yes') });

/** Question 3: warrant yes, felony conviction no. */
export const StepQuestion3: Story = exampleStory(examples, 'step-through', { name: 'Step: question 3', play: answering('yes', 'no') });

/** Answer: no judicial warrant, so City policy does not honor the detainer (described as policy, with a call link). */
export const AnswerNoWarrant: Story = exampleStory(examples, 'step-through', { name: 'Answer: no warrant', play: answering('no') });

/** Answer: warrant and a serious or violent felony conviction. */
export const AnswerFelony: Story = exampleStory(examples, 'step-through', { name: 'Answer: warrant + felony', play: answering('yes', 'yes') });

/** Answer: warrant and a possible watch-list match. */
export const AnswerWatchList: Story = exampleStory(examples, 'step-through', { name: 'Answer: warrant + watch list', play: answering('yes', 'no', 'yes') });

/** Answer: a warrant but no qualifying ground. */
export const AnswerNoGround: Story = exampleStory(examples, 'step-through', { name: 'Answer: warrant, nothing else', play: answering('yes', 'no', 'no') });

/** Answer: the reader does not know about a judicial warrant: what the rule depends on, the New Americans Hotline, a lawyer. */
export const AnswerUnknownWarrant: Story = exampleStory(examples, 'step-through', { name: 'Answer: "I don’t know" (warrant)', play: answering('unknown') });

/** Answer: warrant yes, but the reader does not know about a conviction. */
export const AnswerUnknownFelony: Story = exampleStory(examples, 'step-through', { name: 'Answer: "I don’t know" (felony)', play: answering('yes', 'unknown') });


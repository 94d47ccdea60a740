import type { Meta, StoryObj } from '@storybook/web-components';
import { rightsSummaryExamples as examples } from '../src/elements/rights-summary/rights-summary.examples.js';
import { exampleStory, renderElement } from './examples.js';

interface RightsSummaryArgs {
  sections?: string;
  compact?: boolean;
  feedback?: boolean;
  'heading-level'?: number;
}

const meta: Meta<RightsSummaryArgs> = {
  title: 'Elements/Rights summary',
  component: 'kyr-rights-summary',
  argTypes: { 'heading-level': { control: { type: 'number', min: 2, max: 6 } } },
  args: { compact: false, feedback: false },
  render: (args) => renderElement('kyr-rights-summary')(args as Record<string, unknown>),
};
export default meta;
type Story = StoryObj<RightsSummaryArgs>;

// The documented examples (rights-summary.examples.json).
export const Full: Story = exampleStory(examples, 'full');
export const Compact: Story = exampleStory(examples, 'compact');
export const WithFeedback: Story = exampleStory(examples, 'feedback');
export const Door: Story = exampleStory(examples, 'door');
export const RightsFirst: Story = exampleStory(examples, 'rights-first');

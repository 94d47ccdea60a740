import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';

interface RightsSummaryArgs {
  compact: boolean;
  feedback: boolean;
  'heading-level': number;
}

const meta: Meta<RightsSummaryArgs> = {
  title: 'Elements/Rights summary',
  component: 'kyr-rights-summary',
  argTypes: { 'heading-level': { control: { type: 'number', min: 2, max: 6 } } },
  args: { compact: false, feedback: false, 'heading-level': 2 },
  render: (args) =>
    html`<kyr-rights-summary ?compact=${args.compact} ?feedback=${args.feedback} heading-level=${args['heading-level']}></kyr-rights-summary>`,
};
export default meta;
type Story = StoryObj<RightsSummaryArgs>;

/** The rights, what to do if ICE is at your home, and where to learn more. */
export const Full: Story = {};

/** The points only, for a sidebar. */
export const Compact: Story = { args: { compact: true } };

/** With "Was this information helpful?" (fires `kyr-feedback`; sends nothing). */
export const WithFeedback: Story = { args: { feedback: true } };

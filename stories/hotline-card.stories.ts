import type { Meta, StoryObj } from '@storybook/web-components';
import { hotlineIds } from '../src/content/hotlines.js';
import { hotlineCardExamples as examples } from '../src/elements/hotline-card/hotline-card.examples.js';
import { exampleStory, renderElement } from './examples.js';

interface HotlineCardArgs {
  hotline?: string;
  name?: string;
  phone?: string;
  agency?: string;
  hours?: string;
  description?: string;
  'heading-level'?: number;
  '--kyr-color-accent'?: string;
  '--kyr-font-size'?: string;
  '--kyr-radius'?: string;
  '--kyr-font-family'?: string;
}

const meta: Meta<HotlineCardArgs> = {
  title: 'Elements/Hotline card',
  component: 'kyr-hotline-card',
  argTypes: {
    hotline: { control: 'select', options: hotlineIds },
    // Text controls (the manifest types them `string | undefined`); `agency` and `description`
    // are also part names, so they are declared here to keep their attribute rows.
    name: { control: 'text', table: { category: 'attributes' } },
    phone: { control: 'text', table: { category: 'attributes' } },
    agency: { control: 'text', table: { category: 'attributes' } },
    hours: { control: 'text', table: { category: 'attributes' } },
    description: { control: 'text', table: { category: 'attributes' } },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    '--kyr-color-accent': { control: 'color', table: { category: 'Theme tokens' } },
    '--kyr-font-size': { control: 'text', table: { category: 'Theme tokens' } },
    '--kyr-radius': { control: 'text', table: { category: 'Theme tokens' } },
    '--kyr-font-family': { control: 'text', table: { category: 'Theme tokens' } },
  },
  // The element's own defaults (ActionNYC, heading level 2) apply until a control is set.
  args: {},
  render: (args) => renderElement('kyr-hotline-card')(args as Record<string, unknown>),
};
export default meta;
type Story = StoryObj<HotlineCardArgs>;

// The documented examples (hotline-card.examples.json), then states that only Storybook shows.
export const ActionNYC: Story = exampleStory(examples, 'actionnyc');
export const NewAmericans: Story = exampleStory(examples, 'new-americans');
export const ThreeOneOne: Story = exampleStory(examples, '311', { name: '311' });
export const PartnerHotline: Story = exampleStory(examples, 'partner');
export const HeadingLevel4: Story = exampleStory(examples, 'heading-level-4');

/** A number that cannot be dialled is shown as text, with no broken link (and a console warning). */
export const MalformedPhone: Story = {
  args: { hotline: undefined, name: 'Help line', phone: 'call us anytime' },
};

/** Tokens set on the element: a partner's color, size and corners. */
export const CustomTokens: Story = {
  args: { '--kyr-color-accent': '#00695c', '--kyr-font-size': '18px', '--kyr-radius': '0px' },
};

/** The phone width most readers have. */
export const OnAPhone: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

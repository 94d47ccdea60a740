import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { languagePickerExamples as examples } from '../src/elements/language-picker/language-picker.examples.js';
import { exampleStory, renderElement } from './examples.js';

interface PickerArgs {
  locales?: string;
}

const meta: Meta<PickerArgs> = {
  title: 'Elements/Language picker',
  component: 'kyr-language-picker',
  argTypes: { locales: { control: 'text', description: 'Space-separated codes, e.g. "en es zh-Hant ar"' } },
  render: (args) => renderElement('kyr-language-picker')(args as Record<string, unknown>),
};
export default meta;
type Story = StoryObj<PickerArgs>;

// The documented examples (language-picker.examples.json).
export const AllLanguages: Story = exampleStory(examples, 'all');
export const FourLanguages: Story = exampleStory(examples, 'four-languages');

/** The picker drives every widget on the page at once. */
export const WithWidgets: Story = {
  render: () => html`<div style="display:grid;gap:1em;max-width:40em">
    <kyr-language-picker></kyr-language-picker>
    <kyr-hotline-card hotline="311"></kyr-hotline-card>
    <kyr-rights-summary compact></kyr-rights-summary>
  </div>`,
};

import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface PickerArgs {
  locales?: string;
}

const meta: Meta<PickerArgs> = {
  title: 'Elements/Language picker',
  component: 'kyr-language-picker',
  argTypes: { locales: { control: 'text', description: 'Space-separated codes, e.g. "en es zh-Hant ar"' } },
  render: (args) => html`<kyr-language-picker locales=${ifDefined(args.locales)}></kyr-language-picker>`,
};
export default meta;
type Story = StoryObj<PickerArgs>;

/** All twelve languages by their own names. */
export const AllLanguages: Story = {};

/** A partner that serves four communities. */
export const FourLanguages: Story = { args: { locales: 'en es zh-Hant ar' } };

/** The picker drives every widget on the page at once. */
export const WithWidgets: Story = {
  render: () => html`<div style="display:grid;gap:1em;max-width:40em">
    <kyr-language-picker></kyr-language-picker>
    <kyr-hotline-card hotline="311"></kyr-hotline-card>
    <kyr-rights-summary compact></kyr-rights-summary>
  </div>`,
};

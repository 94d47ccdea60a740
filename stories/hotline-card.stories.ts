import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { hotlineIds } from '../src/content/hotlines.js';

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

const tokens = ['--kyr-color-accent', '--kyr-font-size', '--kyr-radius', '--kyr-font-family'] as const;

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
  args: { hotline: 'actionnyc', 'heading-level': 2 },
  render: (args) => {
    // Stories may set tokens inline; the kit itself never uses inline styles.
    const style = tokens.filter((t) => args[t]).map((t) => `${t}: ${args[t]}`).join('; ');
    return html`<kyr-hotline-card
      hotline=${ifDefined(args.hotline)}
      name=${ifDefined(args.name)}
      phone=${ifDefined(args.phone)}
      agency=${ifDefined(args.agency)}
      hours=${ifDefined(args.hours)}
      description=${ifDefined(args.description)}
      heading-level=${ifDefined(args['heading-level'])}
      style=${ifDefined(style || undefined)}
    ></kyr-hotline-card>`;
  },
};
export default meta;
type Story = StoryObj<HotlineCardArgs>;

/** The default: the City's ActionNYC Hotline, (800) 354-0365. */
export const ActionNYC: Story = {};

/** Refers callers with a deportation case to free, confidential legal help. */
export const NewAmericans: Story = { args: { hotline: 'new-americans' } };

/** For when ICE is at the door or someone has been detained. */
export const ThreeOneOne: Story = { name: '311', args: { hotline: '311' } };

/** A partner's own hotline from attributes. */
export const PartnerHotline: Story = {
  args: {
    hotline: undefined,
    name: 'Queens Immigrant Help Line',
    phone: '(718) 555-0142',
    agency: 'Queens Community Center',
    hours: 'Monday to Friday, 9 am to 5 pm',
    description: 'Free help in Spanish, Bengali and English.',
  },
};

/** A number that cannot be dialled is shown as text, with no broken link (and a console warning). */
export const MalformedPhone: Story = {
  args: { hotline: undefined, name: 'Help line', phone: 'call us anytime' },
};

/** Tokens set on the element: a partner's color, size and corners. */
export const CustomTokens: Story = {
  args: { '--kyr-color-accent': '#00695c', '--kyr-font-size': '18px', '--kyr-radius': '0px' },
};

/** A deeper heading for a page whose outline needs it. */
export const HeadingLevel4: Story = { args: { 'heading-level': 4 } };

/** The phone width most readers have. */
export const OnAPhone: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

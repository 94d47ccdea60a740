import { msg } from '@lit/localize';
import type { OfficialName } from '../shared/official-name.js';
import type { SourceId } from './sources.js';

/** The built-in hotlines, chosen with `<kyr-hotline-card hotline="…">`. */
export const hotlineIds = ['actionnyc', 'new-americans', '311'] as const;
export type HotlineId = (typeof hotlineIds)[number];
export const DEFAULT_HOTLINE: HotlineId = 'actionnyc';

export interface Hotline {
  name: () => string;
  /** The agency's official English name and its translation. */
  agency?: OfficialName;
  /** The number as the source prints it; parsed into a `tel:` link by phone.ts. */
  phone: string;
  /** What the line is for, in the source's words. */
  description: () => string;
  /** What happens when you call. */
  whenYouCall: () => string;
  /** Opening hours: the sources leave them blank, so none are given. */
  hours?: () => string;
  source: SourceId;
}

const agency: OfficialName = {
  english: "Mayor's Office of Immigrant Affairs",
  translated: () => msg("Mayor's Office of Immigrant Affairs", { id: 'hotline.agency.moia' }),
};
const languageMenu = () =>
  msg("You'll hear an automated message that asks for your language. During business hours, you'll then be connected to an agent.", {
    id: 'hotline.language-menu',
  });

export const hotlines: Record<HotlineId, Hotline> = {
  actionnyc: {
    name: () => msg('ActionNYC Hotline', { id: 'hotline.actionnyc.name' }),
    agency,
    phone: '(800) 354-0365',
    description: () => msg('Immigration legal help from the City of New York.', { id: 'hotline.actionnyc.description' }),
    whenYouCall: languageMenu,
    source: 'nyc-kyr',
  },
  'new-americans': {
    name: () => msg('New Americans Hotline', { id: 'hotline.new-americans.name' }),
    agency,
    phone: '(800) 566-7636',
    description: () =>
      msg(
        'If you need help with a deportation case, this hotline will refer you to organizations that give free and confidential help with immigration legal issues.',
        { id: 'hotline.new-americans.description' },
      ),
    whenYouCall: languageMenu,
    source: 'nyc-kyr',
  },
  '311': {
    name: () => msg('311', { id: 'hotline.311.name' }),
    phone: '311',
    description: () =>
      msg('If ICE is at your home or someone has been detained, call 311.', { id: 'hotline.311.description' }),
    whenYouCall: () =>
      msg('You will be transferred to an agency that can help you. You can leave a message.', { id: 'hotline.311.when-you-call' }),
    source: 'nyc-kyr',
  },
};

export function isHotlineId(value: unknown): value is HotlineId {
  return typeof value === 'string' && (hotlineIds as readonly string[]).includes(value);
}

import { msg } from '@lit/localize';
import type { OfficialName } from '../shared/official-name.js';
import type { ContentRecord } from './record.js';
import type { SourceId } from './sources.js';

/** The built-in hotlines, chosen with `<kyr-hotline-card hotline="…">`. */
export const hotlineIds = ['actionnyc', 'new-americans', '311'] as const;
export type HotlineId = (typeof hotlineIds)[number];
export const DEFAULT_HOTLINE: HotlineId = 'actionnyc';

/** Days as ISO weekday numbers (1 Monday … 7 Sunday), times as 24-hour `HH:MM`, New York time. */
export interface OpeningHours {
  days: readonly [first: number, last: number];
  opens: string;
  closes: string;
}

/** Published opening hours, dated: hours change, and a reader must know how old they are. */
export interface HotlineHours extends ContentRecord {
  rows: readonly OpeningHours[];
}

export interface Hotline {
  name: () => string;
  /** Who runs the line: the official English name and its translation. */
  agency?: OfficialName;
  /** The number as the source prints it; parsed into a `tel:` link by phone.ts. */
  phone: string;
  /** What the line is for, in the sources' words. */
  description: () => string;
  /** What happens when you call. */
  whenYouCall: () => string;
  /** Opening hours where a source publishes them. */
  hours?: HotlineHours;
  sources: readonly SourceId[];
  /** The date the sources say the name, agency and number were true. */
  asOf: string;
}

const moia: OfficialName = {
  english: "Mayor's Office of Immigrant Affairs",
  translated: () => msg("Mayor's Office of Immigrant Affairs", { id: 'hotline.agency.moia' }),
};
const ona: OfficialName = {
  english: 'New York State Office for New Americans',
  translated: () => msg('New York State Office for New Americans', { id: 'hotline.agency.ona' }),
};
const languageMenu = () =>
  msg("You'll hear an automated message that asks for your language. During business hours, you'll then be connected to an agent.", {
    id: 'hotline.language-menu',
  });

/** The day source 005 was checked: NYC 311 and New York State still listed both numbers (U8). */
const NUMBERS_SEEN = '2026-12-06';

export const hotlines: Record<HotlineId, Hotline> = {
  actionnyc: {
    name: () => msg('ActionNYC Hotline', { id: 'hotline.actionnyc.name' }),
    agency: moia,
    phone: '(800) 354-0365',
    description: () => msg('Immigration legal help from the City of New York.', { id: 'hotline.actionnyc.description' }),
    whenYouCall: languageMenu,
    // NYC 311's article KA-03218 (source 005 U5), checked December 6, 2026.
    hours: { id: 'actionnyc-hours', rows: [{ days: [1, 5], opens: '09:00', closes: '18:00' }], sources: ['nyc-kyr'], asOf: '2026-12-06' },
    sources: ['nyc-kyr'],
    asOf: NUMBERS_SEEN,
  },
  'new-americans': {
    name: () => msg('New Americans Hotline', { id: 'hotline.new-americans.name' }),
    agency: ona,
    phone: '(800) 566-7636',
    description: () =>
      msg(
        'Free and anonymous, in more than 200 languages. If you need help with a deportation case, it refers you to free immigration legal services, including for people in immigration detention.',
        { id: 'hotline.new-americans.summary' },
      ),
    whenYouCall: languageMenu,
    // The expansion announced in early March 2026 (source 005 U4).
    hours: {
      id: 'new-americans-hours',
      rows: [
        { days: [1, 5], opens: '08:00', closes: '20:00' },
        { days: [6, 7], opens: '09:00', closes: '17:00' },
      ],
      sources: ['ona-2026'],
      asOf: '2026-03',
    },
    sources: ['ona-2026', 'nyc-kyr'],
    asOf: NUMBERS_SEEN,
  },
  '311': {
    name: () => msg('311', { id: 'hotline.311.name' }),
    phone: '311',
    description: () =>
      msg('If ICE is at your home or someone has been detained, call 311.', { id: 'hotline.311.description' }),
    whenYouCall: () =>
      msg('You will be transferred to an agency that can help you. You can leave a message.', { id: 'hotline.311.when-you-call' }),
    sources: ['nyc-kyr'],
    asOf: NUMBERS_SEEN,
  },
};

export function isHotlineId(value: unknown): value is HotlineId {
  return typeof value === 'string' && (hotlineIds as readonly string[]).includes(value);
}

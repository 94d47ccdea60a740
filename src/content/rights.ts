import { msg, str } from '@lit/localize';
import { formatDate } from '../i18n/format.js';
import type { LocaleCode } from '../i18n/locales.js';
import type { OfficialName } from '../shared/official-name.js';
import type { ContentRecord } from './record.js';
import { unprintedLinks } from './unprinted-links.js';

/**
 * A right or a caution as the reader sees it. `caution` marks what is no longer a protection
 * (shown without a check mark). Time-bound statements carry their date in the sentence
 * ("Since February 6, 2026, …"), formatted from `asOf`.
 */
export interface Fact extends ContentRecord {
  text: (locale: LocaleCode) => string;
  kind?: 'right' | 'caution';
}

/*
 * Source 000's points are still the City's text: NYC 311's article KA-03218 carries them
 * (source 005 U5), checked on December 6, 2026; they have no end date, so no date in the sentence.
 */
const CITY_TEXT_SEEN = '2026-12-06';

/** The know-your-rights points: the City's page, and what changed since (source 005). */
export const rightsPoints: readonly Fact[] = [
  {
    id: 'regardless-of-status',
    text: () =>
      msg('All New Yorkers, regardless of immigration status, have rights and protections under the law.', {
        id: 'rights.point.regardless-of-status',
      }),
    sources: ['nyc-kyr'],
    asOf: CITY_TEXT_SEEN,
  },
  {
    id: 'no-federal-enforcement',
    text: () => msg('The City of New York does not carry out federal immigration enforcement.', { id: 'rights.point.no-federal-enforcement' }),
    sources: ['nyc-kyr'],
    asOf: CITY_TEXT_SEEN,
  },
  {
    id: 'nypd-does-not-ask',
    text: () =>
      msg(
        'The New York City Police Department (NYPD) does not ask about the immigration status of crime victims, witnesses, or other people who ask for help.',
        { id: 'rights.point.nypd-does-not-ask' },
      ),
    sources: ['nyc-kyr'],
    asOf: CITY_TEXT_SEEN,
  },
  {
    id: 'confidentiality',
    text: () =>
      msg(
        'The City of New York has confidentiality protections in place for all New Yorkers who use important City services, regardless of immigration status.',
        { id: 'rights.point.confidentiality' },
      ),
    sources: ['nyc-kyr'],
    asOf: CITY_TEXT_SEEN,
  },
  {
    id: 'city-information',
    text: (locale) =>
      msg(str`Since ${formatDate('2026-02-06', locale)}, City agencies may not share information they collect for City purposes with federal immigration authorities, unless the law requires it.`, {
        id: 'rights.point.city-information',
      }),
    sources: ['nyc-eo-13'],
    asOf: '2026-02-06',
  },
  {
    id: 'city-property',
    text: (locale) =>
      msg(
        str`Since ${formatDate('2026-02-06', locale)}, a City executive order (No. 13) says that ICE and other federal immigration agents may not enter City property, such as City schools, shelters and hospitals, without a judicial warrant signed by a judge. This rule covers City property only, not private buildings.`,
        { id: 'rights.point.city-property' },
      ),
    sources: ['nyc-eo-13'],
    asOf: '2026-02-06',
  },
  {
    id: 'federal-protected-areas-ended',
    kind: 'caution',
    text: (locale) =>
      msg(
        str`On ${formatDate('2025-01-20', locale)}, the U.S. Department of Homeland Security ended its policy on "protected areas". Since then, no federal policy names schools, hospitals, places of worship or shelters as places where ICE should avoid enforcement.`,
        { id: 'rights.point.federal-protected-areas-ended' },
      ),
    sources: ['dhs-2025'],
    asOf: '2025-01-20',
  },
];

/** A step of "If ICE is at your door": the City's guidance of January 2025 (source 005 U7). */
export interface DoorStep extends ContentRecord {
  text: () => string;
}

/** The month of the City's guidance, shown with the steps. */
export const DOOR_GUIDANCE_DATE = '2025-01';

const doorStep = (id: string, text: () => string): DoorStep => ({ id, text, sources: ['moia-2025'], asOf: DOOR_GUIDANCE_DATE });

/** What a person at home can do when ICE knocks, in the order they need it. */
export const doorSteps: readonly DoorStep[] = [
  doorStep('door-closed', () =>
    msg('Keep the door closed. You do not have to open it to ICE. You have the right to remain silent.', { id: 'rights.door.closed' }),
  ),
  doorStep('door-id', () =>
    msg('From behind the closed door, ask who they are. Ask them to show ID through a window or peephole, or under the door.', { id: 'rights.door.id' }),
  ),
  doorStep('door-warrant', () =>
    msg('Ask if they have a judicial warrant: a paper signed by a judge. Without one, you do not have to let them in. You can say that you do not want to speak with them.', {
      id: 'rights.door.warrant',
    }),
  ),
  doorStep('door-check', () =>
    msg('If they say they have one, ask them to pass it under the door. Check that a judge signed it, and check the name on it. If it is signed by a judge, you must comply.', {
      id: 'rights.door.check',
    }),
  ),
  doorStep('door-not-home', () =>
    msg('If they are looking for someone who is not home, you do not have to say where that person is. Do not give false information: it puts you at risk.', {
      id: 'rights.door.not-home',
    }),
  ),
  doorStep('door-enter', () =>
    msg('If they come in without your permission, say that you do not consent. It may not stop them, but it may help a legal case later. In an emergency, such as a threat to someone’s life or to public safety, they can enter without permission.', {
      id: 'rights.door.enter',
    }),
  ),
];

/**
 * The U.S. Department of Homeland Security's Online Detainee Locator System. The City's page
 * names the system but prints no address; see `unprintedLinks` in unprinted-links.ts for why this one ships.
 */
export const DETAINEE_LOCATOR_URL = unprintedLinks['detainee-locator'].url;

export { KNOW_YOUR_RIGHTS_LABEL, KNOW_YOUR_RIGHTS_URL } from './sources.js';

/** The locator's official name, kept in English with its translation. */
export const detaineeLocatorName: OfficialName = {
  english: 'Online Detainee Locator System',
  translated: () => msg('Online Detainee Locator System', { id: 'rights.if-ice.locator-link' }),
};

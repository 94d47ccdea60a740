import { msg } from '@lit/localize';
import type { OfficialName } from '../shared/official-name.js';
import { unprintedLinks, type SourceId } from './sources.js';

/** A fact as the reader sees it, with the document it comes from. */
export interface Fact {
  id: string;
  text: () => string;
  source: SourceId;
}

/** The know-your-rights points, as the City's page states them. */
export const rightsPoints: readonly Fact[] = [
  {
    id: 'regardless-of-status',
    text: () =>
      msg('All New Yorkers, regardless of immigration status, have rights and protections under the law.', {
        id: 'rights.point.regardless-of-status',
      }),
    source: 'nyc-kyr',
  },
  {
    id: 'no-federal-enforcement',
    text: () => msg('The City of New York does not carry out federal immigration enforcement.', { id: 'rights.point.no-federal-enforcement' }),
    source: 'nyc-kyr',
  },
  {
    id: 'nypd-does-not-ask',
    text: () =>
      msg(
        'The New York City Police Department (NYPD) does not ask about the immigration status of crime victims, witnesses, or other people who ask for help.',
        { id: 'rights.point.nypd-does-not-ask' },
      ),
    source: 'nyc-kyr',
  },
  {
    id: 'confidentiality',
    text: () =>
      msg(
        'The City of New York has confidentiality protections in place for all New Yorkers who use important City services, regardless of immigration status.',
        { id: 'rights.point.confidentiality' },
      ),
    source: 'nyc-kyr',
  },
  {
    id: 'protected-places',
    text: () =>
      msg('The City’s Know Your Rights page states that federal enforcement officers, including ICE, cannot enter hospitals, schools, or shelters.', {
        id: 'rights.point.protected-places',
      }),
    source: 'nyc-kyr',
  },
];

/**
 * The U.S. Department of Homeland Security's Online Detainee Locator System. The City's page
 * names the system but prints no address; see `unprintedLinks` in sources.ts for why this one ships.
 */
export const DETAINEE_LOCATOR_URL = unprintedLinks['detainee-locator'].url;

/** The City's Know Your Rights page, with the fact sheet in many languages. */
export const KNOW_YOUR_RIGHTS_URL = 'https://nyc.gov/KnowYourRights';
export const KNOW_YOUR_RIGHTS_LABEL = 'nyc.gov/KnowYourRights';

/** The locator's official name, kept in English with its translation. */
export const detaineeLocatorName: OfficialName = {
  english: 'Online Detainee Locator System',
  translated: () => msg('Online Detainee Locator System', { id: 'rights.if-ice.locator-link' }),
};

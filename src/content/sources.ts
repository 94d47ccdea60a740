import { msg } from '@lit/localize';

/** The documents in shared/sources that every fact in the kit comes from. */
export type SourceId = 'nyc-kyr' | 'mayor-2018' | 'pozo-2017' | 'icefree-action' | 'icefree-about';

export interface Source {
  /** The document's own (English) title, shown as it is and marked lang="en". */
  title: string;
  /** Who published it; official sources are the City's own. */
  publisher: () => string;
  kind: 'official' | 'news' | 'advocacy';
  /** ISO date the document states, where it states one. */
  date?: string;
  /** Public address the document itself names, where it names one. */
  url?: string;
  /** The address as shown (and printed). */
  urlLabel?: string;
}

export const sources: Record<SourceId, Source> = {
  'nyc-kyr': {
    title: 'Know Your Rights',
    publisher: () => msg('City of New York', { id: 'source.nyc-kyr.publisher' }),
    kind: 'official',
    url: 'https://nyc.gov/KnowYourRights',
    urlLabel: 'nyc.gov/KnowYourRights',
  },
  'mayor-2018': {
    title: 'De Blasio Administration Announces Citywide Guidance and NYPD Protocol to Codify Restrictions on Assistance with Federal Immigration Enforcement',
    publisher: () => msg('Office of the Mayor, City of New York (press release)', { id: 'source.mayor-2018.publisher' }),
    kind: 'official',
    date: '2018-01-31',
  },
  'pozo-2017': {
    title: 'NYPD Receives and Denies 1,526 Detainer Requests from ICE in 2017',
    publisher: () => msg('Pozo Goldstein (law firm blog)', { id: 'source.pozo-2017.publisher' }),
    kind: 'news',
  },
  'icefree-action': {
    title: 'Take Action',
    publisher: () => msg('ICE-FREE NYC campaign', { id: 'source.icefree.publisher' }),
    kind: 'advocacy',
  },
  'icefree-about': {
    title: 'About Us',
    publisher: () => msg('ICE-FREE NYC campaign', { id: 'source.icefree.publisher' }),
    kind: 'advocacy',
  },
};

/** A link whose address no source prints, kept only with the reason it is the official one a source names. */
export interface UnprintedLink {
  url: string;
  /** The source that names the page or system (not its address). */
  namedIn: SourceId;
  /** The source's own words naming it. */
  quote: string;
  /** Why this address is that page. */
  why: string;
}

/**
 * Every address in the kit that the sources do not print. There is one: the sources name
 * the Online Detainee Locator System but give no address for it.
 */
export const unprintedLinks = {
  'detainee-locator': {
    url: 'https://locator.ice.gov/odls/',
    namedIn: 'nyc-kyr',
    quote:
      "You can use the Department of Homeland Security website to find a family member who is in immigration detention. Enter your family member's information on the Online Detainee Locator System.",
    why: 'The Online Detainee Locator System is run by ICE, a component of the Department of Homeland Security, on its own ice.gov host; this is the system the City’s page tells readers to use, and no other site offers it.',
  },
} as const satisfies Record<string, UnprintedLink>;

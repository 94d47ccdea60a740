import type { SourceId } from './sources.js';

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
 * Every address in the kit that the sources do not print in full. The sources name
 * the Online Detainee Locator System but give no address for it, and name 311's article
 * KA-03218 on its portal as the City's know-your-rights text without its full address.
 */
export const unprintedLinks = {
  'detainee-locator': {
    url: 'https://locator.ice.gov/odls/',
    namedIn: 'nyc-kyr',
    quote:
      "You can use the Department of Homeland Security website to find a family member who is in immigration detention. Enter your family member's information on the Online Detainee Locator System.",
    why: 'The Online Detainee Locator System is run by ICE, a component of the Department of Homeland Security, on its own ice.gov host; this is the system the City’s page tells readers to use, and no other site offers it.',
  },
  'nyc-kyr-article': {
    url: 'https://portal.311.nyc.gov/article/?kanumber=KA-03218',
    namedIn: 'nyc-kyr',
    quote: 'KA-03218',
    why: 'Source 005 U5 names NYC 311’s article KA-03218 on the portal of 311.nyc.gov as the City’s own know-your-rights text (the text of source 000); this is the address at which the 311 portal serves an article by its number.',
  },
} as const satisfies Record<string, UnprintedLink>;

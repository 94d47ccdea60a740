import { msg } from '@lit/localize';

/** The documents in shared/sources that every fact in the kit comes from. */
export type SourceId =
  | 'nyc-kyr'
  | 'mayor-2018'
  | 'pozo-2017'
  | 'icefree-action'
  | 'icefree-about'
  | 'dhs-2025'
  | 'nyc-eo-13'
  | 'rikers-2025'
  | 'ona-2026'
  | 'ice-i247a'
  | 'moia-2025';

export interface Source {
  /** The document's own (English) title, shown as it is and marked lang="en". */
  title: string;
  /** Who published it; official sources are the City's own. */
  publisher: () => string;
  /** `official`: the City's own words; `government`: another government's, as reported; `news`, `advocacy`: reported figures and history. */
  kind: 'official' | 'government' | 'news' | 'advocacy';
  /** ISO date the document states (year, year-month or full date); undefined for an undated page. */
  date?: string;
  /** For an undated page: the day a later source saw it still saying what the kit quotes. */
  seen?: string;
  /**
   * Public address of the page, linked only for a government page (the City's, the State's, a
   * federal agency's): a news or advocacy page is named, not linked (its address is in ../shared/sources).
   */
  url?: string;
  /** The address as shown (and printed). */
  urlLabel?: string;
  /** Where it is written down in ../shared/sources: files (000–004) or entries of the updates file (005 U1–U8). */
  files: readonly string[];
}

const icefree = () => msg('ICE-FREE NYC campaign', { id: 'source.icefree.publisher' });

export const sources: Record<SourceId, Source> = {
  'nyc-kyr': {
    title: 'Know-Your-Rights',
    publisher: () => msg('NYC 311, City of New York', { id: 'source.nyc-kyr.publisher' }),
    kind: 'official',
    // The City's own know-your-rights text is 311's article KA-03218 (source 005 U5); see unprinted-links.ts.
    url: 'https://portal.311.nyc.gov/article/?kanumber=KA-03218',
    urlLabel: 'portal.311.nyc.gov',
    // Source 005 (checked 2026-12-06) reads 311's article KA-03218 as the text of source 000 (U5).
    seen: '2026-12-06',
    files: ['000', '005 U5'],
  },
  'mayor-2018': {
    title: 'De Blasio Administration Announces Citywide Guidance and NYPD Protocol to Codify Restrictions on Assistance with Federal Immigration Enforcement',
    publisher: () => msg('Office of the Mayor, City of New York (press release)', { id: 'source.mayor-2018.publisher' }),
    kind: 'official',
    date: '2018-01-31',
    files: ['001'],
  },
  'pozo-2017': {
    title: 'NYPD Receives and Denies 1,526 Detainer Requests from ICE in 2017',
    publisher: () => msg('Pozo Goldstein (law firm blog)', { id: 'source.pozo-2017.publisher' }),
    kind: 'news',
    files: ['002'],
  },
  'icefree-action': { title: 'Take Action', publisher: icefree, kind: 'advocacy', files: ['003'] },
  'icefree-about': { title: 'About Us', publisher: icefree, kind: 'advocacy', files: ['004'] },
  'dhs-2025': {
    title: 'DHS Rescinds Biden Protected Areas Enforcement Policy',
    publisher: () => msg('NAFSA, on a statement by the U.S. Department of Homeland Security', { id: 'source.dhs-2025.publisher' }),
    kind: 'government',
    date: '2025-01-21',
    files: ['005 U1'],
  },
  'nyc-eo-13': {
    title: 'Executive Order No. 13',
    publisher: () => msg('Mayor of the City of New York, as reported by news agencies', { id: 'source.nyc-eo-13.publisher' }),
    kind: 'official',
    date: '2026-02-06',
    files: ['005 U2'],
  },
  'rikers-2025': {
    title: 'Court blocks ICE return to Rikers Island',
    publisher: () => msg('The Legal Aid Society', { id: 'source.rikers-2025.publisher' }),
    kind: 'news',
    date: '2025',
    files: ['005 U3'],
  },
  'ona-2026': {
    title: 'New Americans Hotline',
    publisher: () => msg('New York State Office for New Americans (announcement)', { id: 'source.ona-2026.publisher' }),
    kind: 'government',
    date: '2026-03',
    files: ['005 U4'],
  },
  'ice-i247a': {
    title: 'Detainer Policy',
    publisher: () => msg('U.S. Immigration and Customs Enforcement (archived page)', { id: 'source.ice-i247a.publisher' }),
    kind: 'government',
    date: '2018-12-03',
    files: ['005 U6'],
  },
  'moia-2025': {
    title: 'Know Your Rights',
    publisher: () => msg('Mayor’s Office of Immigrant Affairs guidance, as summarized by the NYC Municipal Employees Association', { id: 'source.moia-2025.publisher' }),
    kind: 'official',
    date: '2025-01',
    files: ['005 U7'],
  },
};

/** The City's Know Your Rights page, with the fact sheet in many languages (source 000 names it). */
export const KNOW_YOUR_RIGHTS_URL = 'https://nyc.gov/KnowYourRights';
export const KNOW_YOUR_RIGHTS_LABEL = 'nyc.gov/KnowYourRights';

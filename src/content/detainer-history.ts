import { msg, str } from '@lit/localize';
import { formatNumber } from '../i18n/format.js';
import type { LocaleCode } from '../i18n/locales.js';
import { QUALIFYING_FELONIES } from './detainers.js';
import type { ContentRecord } from './record.js';

/*
 * The City's detainer laws over time and the figures reported about them: what the detainer
 * explainer shows below its step-through, in a module of its own so the page's first load
 * does not carry it (src/elements/detainer-explainer/history.ts loads it).
 */

/** A dated event; `asOf` is its date, ISO (year, year-month or full date), shown with Intl. */
export interface TimelineEvent extends ContentRecord {
  /** Takes the reader's locale for the figures it quotes. */
  text: (locale: LocaleCode) => string;
}

export const timeline: readonly TimelineEvent[] = [
  {
    id: 'laws-signed',
    asOf: '2014-11-14',
    text: () =>
      msg(
        'Mayor de Blasio signed two laws that limit when New York City honors immigration detainers and that remove federal immigration enforcement from City facilities.',
        { id: 'detainer.timeline.laws-signed' },
      ),
    sources: ['nyc-kyr'],
  },
  {
    id: 'laws-in-effect',
    asOf: '2014-12-14',
    text: () => msg('The two laws went into effect.', { id: 'detainer.timeline.laws-in-effect' }),
    sources: ['nyc-kyr'],
  },
  {
    id: 'rikers',
    asOf: '2015-02-13',
    text: () =>
      msg('Federal immigration enforcement no longer has an office in the Department of Correction jails on Rikers Island.', {
        id: 'detainer.timeline.rikers',
      }),
    sources: ['nyc-kyr'],
  },
  {
    id: 'local-law-228',
    asOf: '2017',
    text: () =>
      msg('Local Law 228 of 2017 limits how City agencies may help federal immigration enforcement.', {
        id: 'detainer.timeline.local-law-228',
      }),
    sources: ['mayor-2018'],
  },
  {
    id: 'form-i247a',
    asOf: '2017-04-02',
    text: () =>
      msg('ICE replaced its detainer forms with one form, I-247A ("Immigration Detainer – Notice of Action").', { id: 'detainer.timeline.form-i247a' }),
    sources: ['ice-i247a'],
  },
  {
    id: 'guidance-2018',
    asOf: '2018-01-31',
    text: () =>
      msg(
        'New citywide guidance and NYPD rules carry out Local Law 228. City agencies may not make agreements that put their employees under the direction of ICE, such as 287(g) agreements.',
        { id: 'detainer.timeline.guidance-2018' },
      ),
    sources: ['mayor-2018'],
  },
  {
    id: 'nypd-protocol',
    asOf: '2018-01-31',
    text: (locale) =>
      msg(
        str`The NYPD protocol codifies existing procedure: the NYPD coordinates with or assists ICE only when the citywide Duty Chief has identified a public safety issue and conferred with the NYPD Legal Bureau. In emergencies where lives are at risk, the highest-ranking uniformed officer on the scene decides. City agencies, including the NYPD, continue to cooperate with federal law enforcement in some cases: in criminal task forces (for example on gangs, human trafficking and terrorism), and by sharing information about people in the City’s criminal custody who have been convicted of one of about ${formatNumber(QUALIFYING_FELONIES, locale)} serious or violent felonies.`,
        { id: 'detainer.timeline.nypd-protocol' },
      ),
    sources: ['mayor-2018'],
  },
  {
    id: 'protected-areas-rescinded',
    asOf: '2025-01-20',
    text: () =>
      msg('The U.S. Department of Homeland Security rescinded its policy that named schools, hospitals, places of worship and shelters as "protected areas" where ICE should avoid enforcement.', {
        id: 'detainer.timeline.protected-areas-rescinded',
      }),
    sources: ['dhs-2025'],
  },
  {
    id: 'rikers-order-blocked',
    asOf: '2025-04-21',
    text: () =>
      msg('A State court blocked a City executive order (No. 50) that would have let ICE reopen an office on Rikers Island.', {
        id: 'detainer.timeline.rikers-order-blocked',
      }),
    sources: ['rikers-2025'],
  },
  {
    id: 'rikers-order-void',
    asOf: '2025-09',
    text: () =>
      msg('The court declared that order null and void. City Hall said it would appeal. As far as reported, no ICE office has reopened on Rikers Island.', {
        id: 'detainer.timeline.rikers-order-void',
      }),
    sources: ['rikers-2025'],
  },
  {
    id: 'executive-order-13',
    asOf: '2026-02-06',
    text: () =>
      msg('Mayor Zohran Mamdani signed Executive Order No. 13: ICE may not enter City property without a judicial warrant, and City agencies may not share information with federal immigration authorities unless the law requires it.', {
        id: 'detainer.timeline.executive-order-13',
      }),
    sources: ['nyc-eo-13'],
  },
];

/** A reported figure; `value` is formatted with Intl for the reader's locale. */
export interface Figure extends ContentRecord {
  value: number;
  /** Approximate figures read "about 170". */
  approximate?: boolean;
  label: () => string;
  /** Who reported it, since the figures come from different kinds of sources. */
  reportedBy: () => string;
}

/** Both 2017 figures come from one NYPD report, as a law firm's blog describes it. */
const nypdReportViaBlog = () => msg('An NYPD report, as described by a law firm’s blog', { id: 'detainer.figure.requests-2017.reported-by' });

export const figures: readonly Figure[] = [
  {
    id: 'requests-2017',
    value: 1526,
    label: () => msg('detainer requests the NYPD received from federal officials in 2017', { id: 'detainer.figure.requests-2017' }),
    reportedBy: nypdReportViaBlog,
    sources: ['pozo-2017'],
    asOf: '2017',
  },
  {
    id: 'honored-2017',
    value: 0,
    label: () => msg('of those requests that the NYPD complied with', { id: 'detainer.figure.honored-2017' }),
    reportedBy: nypdReportViaBlog,
    sources: ['pozo-2017'],
    asOf: '2017',
  },
  {
    id: 'transferred-2012-2013',
    value: 3080,
    label: () =>
      msg('people New York City transferred to federal immigration authorities from October 2012 to September 2013, before the 2014 laws', {
        id: 'detainer.figure.transferred-2012-2013',
      }),
    reportedBy: () =>
      msg('A Department of Correction report from fall 2013, as cited by the ICE-FREE NYC campaign', {
        id: 'detainer.figure.transferred-2012-2013.reported-by',
      }),
    sources: ['icefree-action'],
    asOf: '2013',
  },
  {
    id: 'qualifying-felonies',
    value: QUALIFYING_FELONIES,
    approximate: true,
    label: () =>
      msg('serious or violent felonies that qualify under the City’s detainer laws', {
        id: 'detainer.figure.qualifying-felonies',
      }),
    reportedBy: () => msg('Office of the Mayor', { id: 'detainer.figure.qualifying-felonies.reported-by' }),
    sources: ['mayor-2018'],
    asOf: '2018-01-31',
  },
];

import { msg, str } from '@lit/localize';
import { formatDate } from '../i18n/format.js';
import type { LocaleCode } from '../i18n/locales.js';
import type { ContentRecord } from './record.js';
import type { SourceId } from './sources.js';

/** The ICE form a detainer request comes on today (source 005 U6), and the older one source 003 names. */
export const DETAINER_FORM = 'I-247A';
export const FORMER_DETAINER_FORM = 'I-247';
/** The day I-247A replaced the earlier forms. */
export const DETAINER_FORM_SINCE = '2017-04-02';

/** "approximately 170 qualifying violent or serious felonies" (press release of January 31, 2018). */
export const QUALIFYING_FELONIES = 170;

/** What a detainer is, in the City's words, and the form it comes on. */
export const detainerDefinition = {
  text: () =>
    msg(
      'An immigration detainer (an "ICE detainer") is a request from federal immigration officials. It asks local police and jails to keep a person in custody after the time they would otherwise be released, so that federal immigration officials can take custody of them.',
      { id: 'detainer.definition' },
    ),
  form: (locale: LocaleCode) =>
    msg(str`Since ${formatDate(DETAINER_FORM_SINCE, locale)}, a detainer request comes on ICE form I-247A. It replaced the earlier forms I-247D, I-247N and I-247X, which had replaced form I-247.`, {
      id: 'detainer.form-since',
    }),
  records: [
    { id: 'detainer-definition', sources: ['nyc-kyr'], asOf: '2026-12-06' },
    { id: 'detainer-form', sources: ['ice-i247a', 'icefree-action'], asOf: DETAINER_FORM_SINCE },
  ] as const satisfies readonly ContentRecord[],
};

/** Every source the definition draws on, for the source line. */
export const definitionSources: readonly SourceId[] = [...new Set(detainerDefinition.records.flatMap((record) => record.sources))];

/**
 * The City's detainer rule (the 2014 laws, in effect since December 14, 2014; no enacted change
 * found by December 6, 2026, source 005 U8), which the step-through and its answers state.
 */
export const detainerRule: ContentRecord = { id: 'detainer-rule', sources: ['nyc-kyr', 'mayor-2018'], asOf: '2026-12-06' };

import { msg } from '@lit/localize';
import type { SourceId } from './sources.js';

/** The ICE form a detainer request comes on. */
export const DETAINER_FORM = 'I-247';

/** "approximately 170 qualifying violent or serious felonies" (press release of January 31, 2018). */
export const QUALIFYING_FELONIES = 170;

/** What a detainer is, in the City's words; the form number from the ICE-FREE NYC campaign's page. */
export const detainerDefinition = {
  text: () =>
    msg(
      'An immigration detainer (an "ICE detainer") is a request from federal immigration officials. It asks local police and jails to keep a person in custody after the time they would otherwise be released, so that federal immigration officials can take custody of them.',
      { id: 'detainer.definition' },
    ),
  form: () => msg('The ICE-FREE NYC campaign describes these requests as ICE form I-247.', { id: 'detainer.form' }),
  sources: ['nyc-kyr', 'icefree-action'] as const satisfies readonly SourceId[],
};

import { warnAttribute } from './warn.js';

/**
 * The parts a `sections` attribute names, in the partner's order and each once; all of `names`
 * (in their own order) when it names none. Unknown names are ignored with one warning.
 */
export function chosenSections<Name extends string>(element: Element, value: unknown, names: readonly Name[]): readonly Name[] {
  const tokens = new Set((typeof value === 'string' ? value : '').trim().toLowerCase().split(/[\s,]+/).filter(Boolean));
  const known = [...tokens].filter((token): token is Name => (names as readonly string[]).includes(token));
  if (known.length < tokens.size) warnAttribute(element, 'sections', value, `use any of: ${names.join(' ')}; ${known.length ? 'ignoring the rest' : 'showing all'}.`);
  return known.length ? known : names;
}

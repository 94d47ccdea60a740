/** Invisible direction marks and isolates (LRM, RLM, LRE…PDF, LRI…PDI). */
const DIRECTION_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text that leaves the page (a saved contact, an accessible name) carries no invisible
 * direction characters: a contacts app or a screen reader may show or spell them. Inside
 * the page, isolation is done with elements (`<bdi>`, `dir`), not characters.
 */
export function stripDirectionMarks(text: string): string {
  return text.replace(DIRECTION_MARKS, '');
}

// Checks one locale's XLIFF file: every message translated, placeholders kept,
// nothing left in English, every target marked for a native speaker's review.
// Pure (string in, problems out) so the browser test and the CLI share it.

/** Targets that may equal their English source: numbers, names and codes that are the same in every language. */
export const SAME_IN_EVERY_LANGUAGE = new Set(['311', 'ICE', 'ActionNYC', 'nyc.gov/KnowYourRights', 'I-247', '287(g)', 'No']);

/** The XLIFF 1.2 state for a translation that awaits a native speaker's review. */
export const REVIEW_STATE = 'needs-review-translation';

const units = (xml) =>
  [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const targetMatch = /<target([^>]*)>([\s\S]*?)<\/target>/.exec(body);
    return { id, source, target: targetMatch?.[2], targetAttributes: targetMatch?.[1] ?? '' };
  });

const placeholders = (text = '') => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();
const visible = (text = '') => text.replace(/<x [^>]*\/>/g, '').replace(/\s+/g, ' ').trim();

/** Problems with `localeXml` against the English `sourceIds` (all message ids). Empty means complete. */
export function checkXliff(localeXml, sourceIds) {
  const problems = [];
  const found = new Map(units(localeXml).map((unit) => [unit.id, unit]));
  for (const id of sourceIds) {
    const unit = found.get(id);
    if (!unit) {
      problems.push(`${id}: missing`);
      continue;
    }
    if (unit.target === undefined || !visible(unit.target)) {
      problems.push(`${id}: not translated`);
      continue;
    }
    if (placeholders(unit.source).join() !== placeholders(unit.target).join()) {
      problems.push(`${id}: placeholders differ from the source`);
    }
    const text = visible(unit.target);
    if (text === visible(unit.source) && !SAME_IN_EVERY_LANGUAGE.has(text)) {
      problems.push(`${id}: still English ("${text.slice(0, 40)}")`);
    }
    if (!unit.targetAttributes.includes(`state="${REVIEW_STATE}"`) && !unit.targetAttributes.includes('state="final"')) {
      problems.push(`${id}: target has no state="${REVIEW_STATE}"`);
    }
  }
  return problems;
}

/** Message ids of a locale file (every locale file lists every source message). */
export function messageIds(xml) {
  return units(xml).map((unit) => unit.id);
}

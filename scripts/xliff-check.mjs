// Checks one locale's XLIFF file: every message translated, placeholders kept,
// nothing left in English (punctuation-only messages may match), every target marked for a native speaker's review,
// no invisible direction characters. Parses with a real XML parser (@xmldom/xmldom,
// which @lit/localize-tools itself uses), so a broken file fails loudly.
import { DOMParser } from '@xmldom/xmldom';
import { REVIEW_STATE, SAME_IN_EVERY_LANGUAGE } from './xliff-rules.mjs';

export { REVIEW_STATE, SAME_IN_EVERY_LANGUAGE };

/** Direction marks and isolates: the kit isolates with elements, and they must not reach accessible names or saved contacts. */
const DIRECTION_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function parse(xml) {
  const errors = [];
  const report = (message) => errors.push(String(message).split('\n')[0]);
  const doc = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(xml, 'text/xml');
  if (errors.length) throw new Error(`XLIFF is not well-formed: ${errors[0]}`);
  return doc;
}

/** xmldom's node lists are not iterable. */
const list = (nodes) => (nodes ? Array.from({ length: nodes.length }, (_, i) => nodes.item(i)) : []);
const children = (node, name) => list(node?.childNodes).filter((child) => child.nodeName === name);

/** The visible text of a <source> or <target>: text nodes only, placeholders left out. */
function visible(node) {
  let text = '';
  for (const child of list(node?.childNodes)) {
    if (child.nodeType === 3) text += child.data;
    else if (child.nodeName !== 'x') text += visible(child);
  }
  return text.replace(/\s+/g, ' ').trim();
}

const placeholders = (node) =>
  list(node?.getElementsByTagName('x')).map((x) => x.getAttribute('id')).sort().join();

function units(xml) {
  return list(parse(xml).getElementsByTagName('trans-unit')).map((unit) => ({
    id: unit.getAttribute('id'),
    source: children(unit, 'source')[0],
    target: children(unit, 'target')[0],
  }));
}

/** Message ids of an XLIFF file, in file order. */
export function messageIds(xml) {
  return units(xml).map((unit) => unit.id);
}

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
    const text = visible(unit.target);
    if (!unit.target || !text) {
      problems.push(`${id}: not translated`);
      continue;
    }
    if (placeholders(unit.source) !== placeholders(unit.target)) problems.push(`${id}: placeholders differ from the source`);
    if (/\p{L}/u.test(text) && text === visible(unit.source) && !SAME_IN_EVERY_LANGUAGE.has(text)) problems.push(`${id}: still English ("${text.slice(0, 40)}")`);
    const state = unit.target.getAttribute('state');
    if (state !== REVIEW_STATE && state !== 'final') problems.push(`${id}: target has no state="${REVIEW_STATE}"`);
    if (DIRECTION_MARKS.test(unit.target.textContent)) problems.push(`${id}: invisible direction characters in the target`);
  }
  return problems;
}

// Each translation records the English it was made from, in a <note from="translated-from">
// inside its <trans-unit> (XLIFF 1.2; `lit-localize extract` keeps notes it did not write).
// When the English of a message changes, extract rewrites its <source> and keeps the old
// <target>: the note then differs from the source, and the check names the message and locale.
//
// Usage:
//   node scripts/translated-from.mjs stamp <locale> <id> [id …]   record the current English of these messages
//   node scripts/translated-from.mjs stamp <locale> --all          … of every translated message (first use only)
import { readFile, writeFile } from 'node:fs/promises';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

export const NOTE_FROM = 'translated-from';

const list = (nodes) => (nodes ? Array.from({ length: nodes.length }, (_, i) => nodes.item(i)) : []);
const child = (node, name) => list(node?.childNodes).find((c) => c.nodeName === name);
const note = (unit) => list(unit.childNodes).find((c) => c.nodeName === 'note' && c.getAttribute('from') === NOTE_FROM);

/** The English of a <source> as one line: its text, each placeholder as {id}. */
export function fingerprint(source) {
  let text = '';
  for (const node of list(source?.childNodes)) {
    if (node.nodeType === 3) text += node.data;
    else if (node.nodeName === 'x') text += `{${node.getAttribute('id')}}`;
    else text += fingerprint(node);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Translations whose English changed after they were made, in an extracted XLIFF file (the
 * <source> is the English in src/ now): one line per message, naming it, with both Englishes.
 */
export function staleTranslations(extractedXml, locale) {
  const doc = new DOMParser().parseFromString(extractedXml, 'text/xml');
  const problems = [];
  for (const unit of list(doc.getElementsByTagName('trans-unit'))) {
    if (!child(unit, 'target')) continue;
    const id = unit.getAttribute('id');
    const now = fingerprint(child(unit, 'source'));
    const was = note(unit)?.textContent.trim();
    if (was === undefined) problems.push(`${id} (${locale}): no record of the English it was translated from`);
    else if (was !== now) problems.push(`${id} (${locale}): the English changed after it was translated ("${was}" is now "${now}"); translate it again`);
  }
  return problems;
}

/** Records the current English of `ids` (or every translated message) as what their translations were made from. */
export function stamp(xml, ids) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const wanted = ids === 'all' ? undefined : new Set(ids);
  const done = new Set();
  for (const unit of list(doc.getElementsByTagName('trans-unit'))) {
    const id = unit.getAttribute('id');
    if ((wanted && !wanted.has(id)) || !child(unit, 'target')) continue;
    let record = note(unit);
    if (!record) {
      record = doc.createElement('note');
      record.setAttribute('from', NOTE_FROM);
      unit.insertBefore(doc.createTextNode('\n  '), unit.lastChild);
      unit.insertBefore(record, unit.lastChild);
    }
    while (record.firstChild) record.removeChild(record.firstChild);
    record.appendChild(doc.createTextNode(fingerprint(child(unit, 'source'))));
    done.add(id);
  }
  const missing = wanted ? [...wanted].filter((id) => !done.has(id)) : [];
  const out = new XMLSerializer().serializeToString(doc);
  return { xml: xml.endsWith('\n') && !out.endsWith('\n') ? `${out}\n` : out, missing };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, locale, ...ids] = process.argv.slice(2);
  if (command !== 'stamp' || !locale || !ids.length) {
    console.error('usage: node scripts/translated-from.mjs stamp <locale> <id …> | --all');
    process.exit(2);
  }
  const path = new URL(`../locales/${locale}.xlf`, import.meta.url);
  const { xml, missing } = stamp(await readFile(path, 'utf8'), ids[0] === '--all' ? 'all' : ids);
  if (missing.length) {
    console.error(`${locale}: not translated or not found, not stamped: ${missing.join(', ')}`);
    process.exit(1);
  }
  await writeFile(path, xml);
  console.log(`${locale}: recorded the English of ${ids[0] === '--all' ? 'every translated message' : ids.join(', ')}`);
}

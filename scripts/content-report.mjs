// `npm run content`: every dated record the widgets show, oldest first, with its sources, the
// date the sources say it was true (asOf) and its age today, then when the content set was last
// checked. Read it before a release and every three months (CONTENT.md).
import './ts-hooks.mjs';

const { allRecords } = await import('../src/content/records.ts');
const { sources } = await import('../src/content/sources.ts');
const { CONTENT_CHECKED, STALE_AFTER_MONTHS, isStale } = await import('../src/content/checked.ts');

const now = Date.now();
const day = 24 * 60 * 60 * 1000;
/** The first day an ISO date (year, year-month or full date) can mean. */
const start = (iso) => {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};
const age = (iso) => {
  const days = Math.floor((now - start(iso)) / day);
  return days >= 730 ? `${(days / 365.25).toFixed(1)} years` : `${days} days`;
};

const records = allRecords().sort((a, b) => start(a.asOf) - start(b.asOf) || a.id.localeCompare(b.id));
const rows = records.map((r) => [r.asOf, age(r.asOf), r.id, r.sources.map((id) => `${id} (${sources[id].files.join(', ')})`).join('; ')]);
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length), ['as of', 'age', 'record'][i].length));
const line = (cells) => cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join('  ');
console.log(line(['as of', 'age', 'record', 'sources (files in ../shared/sources)']));
for (const row of rows) console.log(line(row));
console.log(`\n${records.length} records. Content last checked against its sources on ${CONTENT_CHECKED} (${age(CONTENT_CHECKED)} ago).`);
console.log(
  isStale(now)
    ? `The widgets now show readers the stale notice (more than ${STALE_AFTER_MONTHS} months since the check): check every record again (CONTENT.md).`
    : `Readers see the stale notice ${STALE_AFTER_MONTHS} months after the check; CONTENT.md asks for a new check every 3 months.`,
);

// CI's last line: the Node tests and the browser tests together, as "N passed, N failed".
// A suite that did not report (it never ran, or crashed) counts as one failure.
import { readFileSync } from 'node:fs';

const read = (file, parse) => {
  try {
    return parse(readFileSync(new URL(`../test-results/${file}`, import.meta.url), 'utf8'));
  } catch {
    return undefined;
  }
};
const node = read('node-summary.json', JSON.parse);
const browser = read('summary.txt', (text) => {
  const match = /(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/.exec(text);
  return match && { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3] ?? 0) };
});
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const part of [node, browser]) {
  if (!part) totals.failed += 1;
  else for (const key of Object.keys(totals)) totals[key] += part[key] ?? 0;
}
totals.failed += Number(process.argv[2] ?? 0);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);

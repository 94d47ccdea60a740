// The last line .ci/run prints: "N passed, N failed" over every test that ran — the Node-side and
// browser tests of `npm test` (test-results/summary.txt, or node-summary.json when the browser
// tests never ran), the framework apps (integrations-summary.json) and the WordPress plugin
// against a real WordPress (wordpress-summary.json). A step that failed without
// a failing test to show for it (build, type-check, lint, Storybook) counts as one failure.
//   node scripts/ci-summary.mjs TEST_STATUS STORYBOOK_STATUS INTEGRATIONS_STATUS WORDPRESS_STATUS
import { readFileSync } from 'node:fs';

const results = new URL('../test-results/', import.meta.url);
const read = (name) => {
  try {
    return readFileSync(new URL(name, results), 'utf8');
  } catch {
    return undefined;
  }
};
const [testStatus, storybookStatus, integrationsStatus, wordpressStatus = 0] = process.argv.slice(2).map(Number);

const totals = { passed: 0, failed: 0, skipped: 0 };
const line = read('summary.txt');
const fromLine = line && /(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/.exec(line);
const tests = fromLine ? { passed: +fromLine[1], failed: +fromLine[2], skipped: +(fromLine[3] ?? 0) } : JSON.parse(read('node-summary.json') ?? '{}');
const integrations = JSON.parse(read('integrations-summary.json') ?? '{}');
const wordpress = JSON.parse(read('wordpress-summary.json') ?? '{}');
for (const part of [tests, integrations, wordpress]) for (const key of Object.keys(totals)) totals[key] += part[key] ?? 0;

if (testStatus && !tests.failed) totals.failed += 1;
if (storybookStatus) totals.failed += 1;
if (integrationsStatus && !integrations.failed) totals.failed += 1;
if (wordpressStatus && !wordpress.failed) totals.failed += 1;
// Why each Node-side test failed, just above the count (the browser runner prints its own).
const nodeSide = JSON.parse(read('node-summary.json') ?? '{}');
for (const { name, why } of [nodeSide, integrations, wordpress].flatMap((part) => part.failures ?? [])) console.log(`failed: ${name}\n  ${why.replaceAll('\n', '\n  ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);

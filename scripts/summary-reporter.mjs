// A web-test-runner reporter that ends the run with the plain line CI reads:
// "N passed, N failed". A test file that crashed before its tests ran counts as failed.
// The Node-side tests (npm run test:node, just before) are counted in from
// test-results/node-summary.json, so the line covers every test that ran.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';

// Read synchronously: `stop()` may come before an awaited read would finish.
function nodeTotals() {
  try {
    return JSON.parse(readFileSync(new URL('../test-results/node-summary.json', import.meta.url), 'utf8'));
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter({ file = 'test-results/summary.txt' } = {}) {
  let line = '0 passed, 0 failed';
  return {
    async onTestRunFinished({ sessions }) {
      const { passed = 0, failed = 0, skipped = 0 } = nodeTotals();
      const totals = { passed, failed, skipped };
      for (const session of sessions) {
        const before = totals.failed + totals.passed;
        if (session.testResults) count(session.testResults, totals);
        const ran = totals.failed + totals.passed - before;
        if (!session.passed && (ran === 0 || session.errors?.length)) totals.failed += 1;
      }
      line = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
      await mkdir(new URL(`../${file.split('/').slice(0, -1).join('/')}/`, import.meta.url), { recursive: true });
      await writeFile(new URL(`../${file}`, import.meta.url), `${line}\n`);
    },
    stop() {
      console.log(line);
    },
  };
}

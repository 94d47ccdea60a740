// A node --test reporter that writes the run's counts to test-results/node-summary.json,
// so CI's last line ("N passed, N failed") counts the Node tests as well as the browser tests.
import { mkdirSync, writeFileSync } from 'node:fs';

export default async function* nodeSummary(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // A suite that failed outside its tests (a failing before hook) counts once.
      if (event.type === 'test:fail' && event.data.details.error?.failureType !== 'subtestsFailed') totals.failed += 1;
      continue;
    }
    if (event.data.skip || event.data.todo) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else totals.failed += 1;
  }
  mkdirSync(new URL('../test-results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('../test-results/node-summary.json', import.meta.url), `${JSON.stringify(totals)}\n`);
  yield `node --test: ${totals.passed} passed, ${totals.failed} failed\n`;
}

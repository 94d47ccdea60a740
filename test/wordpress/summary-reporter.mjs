// A node --test reporter for the WordPress suite: records how many tests passed and failed in
// test-results/wordpress-summary.json, which .ci/run adds to its final "N passed, N failed" line
// (the same counting as scripts/node-summary-reporter.mjs, in a file of its own).
import { mkdir, writeFile } from 'node:fs/promises';

export default async function* wordpressSummaryReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      if (event.type === 'test:fail' && event.data.details.error?.failureType !== 'subtestsFailed') totals.failed += 1;
      continue;
    }
    if (event.data.skip || event.data.todo) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else totals.failed += 1;
  }
  const dir = new URL('../../test-results/', import.meta.url);
  await mkdir(dir, { recursive: true });
  await writeFile(new URL('wordpress-summary.json', dir), `${JSON.stringify(totals)}\n`);
  yield '';
}

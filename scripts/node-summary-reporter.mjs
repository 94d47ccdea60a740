// A node --test reporter that records how many Node-side tests passed and failed, in
// test-results/node-summary.json, so the final "N passed, N failed" line (written by
// summary-reporter.mjs after the browser tests) counts them too. Other suites (the WordPress
// one) use `countInto` with a file of their own. Each failure is kept with the first lines of its
// error, so the end of a long CI log (all a tracker may keep) says why, not only what.
import { mkdir, writeFile } from 'node:fs/promises';

/** A reporter that counts passed, failed and skipped tests into test-results/`file`. */
export function countInto(file) {
  return async function* summaryReporter(source) {
    const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
    const fail = ({ name, details }) => {
      const error = details.error?.cause ?? details.error;
      const why = String(error?.message ?? error ?? '').split('\n').slice(0, 4).join('\n').trim().slice(0, 600);
      totals.failed += 1;
      totals.failures.push({ name, why });
    };
    for await (const event of source) {
      if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
      if (event.data.details?.type === 'suite') {
        // A suite that failed outside its tests (a failing before hook) counts once.
        if (event.type === 'test:fail' && event.data.details.error?.failureType !== 'subtestsFailed') fail(event.data);
        continue;
      }
      if (event.data.skip || event.data.todo) totals.skipped += 1;
      else if (event.type === 'test:pass') totals.passed += 1;
      else fail(event.data);
    }
    const dir = new URL('../test-results/', import.meta.url);
    await mkdir(dir, { recursive: true });
    await writeFile(new URL(file, dir), `${JSON.stringify(totals)}\n`);
    yield '';
  };
}

export default countInto('node-summary.json');

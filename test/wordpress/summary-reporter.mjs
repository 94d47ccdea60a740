// The WordPress suite's counts, in test-results/wordpress-summary.json, which .ci/run adds to its
// final "N passed, N failed" line.
import { countInto } from '../../scripts/node-summary-reporter.mjs';

export default countInto('wordpress-summary.json');

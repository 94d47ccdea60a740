// The package supports Node 20.19 and newer (package.json `engines`) while its tools run on Node 22
// (scripts/use-node.sh): where the machine's own Node 20 is known (KYR_SYSTEM_NODE, set by
// use-node.sh), the Node-side import tests run under it too.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const node20 = process.env.KYR_SYSTEM_NODE;
const version = node20 ? (await run(node20, ['--version']).catch(() => ({ stdout: '' }))).stdout.trim() : '';

test(`every export imports without a DOM under Node 20 (${version || 'no Node 20 on this machine'})`, { skip: !/^v20\./.test(version) && 'no Node 20 found (KYR_SYSTEM_NODE)' }, async () => {
  const root = new URL('../../', import.meta.url).pathname;
  // A fresh test run, not a child of this one (which would report to this runner instead of stdout).
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const files = ['test/node/import.test.mjs', 'test/node/no-dom-access.test.mjs'];
  const { stdout } = await run(node20, ['--test', '--test-reporter=tap', ...files], { cwd: root, env }).catch((error) => {
    assert.fail(`${error.stdout}${error.stderr}`.trim().split('\n').slice(-30).join('\n'));
  });
  assert.match(stdout, /# fail 0/);
});

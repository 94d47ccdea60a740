// The README's generated blocks (reference, framework snippets, bench targets, embed) match their
// sources, without writing anything: `npm run readme` is the step that rewrites them.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { promisify } from 'node:util';

const root = new URL('../../', import.meta.url);

test('README.md is up to date with the manifest, the framework apps, the bench and this build’s integrity hashes (else run `npm run build && npm run readme`)', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/readme-sync.mjs', '--check'], { cwd: root.pathname }).catch((error) => {
    assert.fail(`${error.stderr || error.message}`.trim());
  });
  assert.match(stdout, /up to date/);
});

test('the README shows every framework app the integration tests run', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  for (const file of ['react/src/App.tsx', 'vue/src/App.vue', 'svelte/src/App.svelte', 'angular/src/app.ts']) {
    assert.ok(readme.includes(`<!-- snippet:test/integrations/${file}:start`), file);
  }
});

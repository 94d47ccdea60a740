// `npm run release`: what a partner downloads, and proof that it is what this commit builds.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const name = `kyr-widgets-${version}`;
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

let scratch;
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kyr-release-'));
});
after(() => rm(scratch, { recursive: true, force: true }));

/** Runs scripts/release.mjs of `checkout` on its dist/ into `out`; resolves to SHA256SUMS. */
async function release(checkout, out) {
  await run(process.execPath, ['scripts/release.mjs', out], { cwd: checkout });
  return readFile(join(out, 'SHA256SUMS'), 'utf8');
}

test('the release holds both builds, the prerendered snippets and the plugin, and its sums check out', async () => {
  const out = join(scratch, 'release');
  const sums = await release(root, out);
  const lines = sums.trim().split('\n').map((line) => line.split('  '));
  for (const [sum, path] of lines) assert.equal(sha256(await readFile(join(out, path))), sum, `SHA256SUMS is wrong for ${path}`);
  const listed = new Set(lines.map(([, path]) => path));
  for (const path of [
    `${name}.zip`,
    `kyr-widgets-wordpress-${version}.zip`,
    `${name}/dist/kyr-widgets.js`,
    `${name}/dist/kyr-widgets.standalone.js`,
    `${name}/dist/sri.json`,
    `${name}/dist/locales.json`,
    `${name}/dist/prerendered/es/hotline-card.html`,
    `${name}/dist/prerendered/ur/hotline-card.html`,
    `${name}/dist/themes/fallback.css`,
    `${name}/README.md`,
    `${name}/LICENSE`,
  ]) {
    assert.ok(listed.has(path), `the release has no ${path}`);
  }
  // Every chunk and language file the ES build loads is in the release beside it.
  const sri = JSON.parse(await readFile(join(out, name, 'dist/sri.json'), 'utf8'));
  for (const file of Object.keys(sri)) assert.ok(listed.has(`${name}/dist/${file}`), `sri.json names ${file}, which the release lacks`);

  // The zip is the folder, file for file and byte for byte.
  const zipped = unzipSync(await readFile(join(out, `${name}.zip`)));
  const folderFiles = [...listed].filter((path) => path.startsWith(`${name}/`));
  assert.deepEqual(Object.keys(zipped).sort(), folderFiles.sort());
  for (const path of folderFiles) assert.ok(Buffer.from(zipped[path]).equals(await readFile(join(out, path))), `${path} differs in the zip`);
  // The plugin zip unpacks into kyr-widgets/, as WordPress's uploader expects.
  const plugin = unzipSync(await readFile(join(out, `kyr-widgets-wordpress-${version}.zip`)));
  assert.ok(plugin['kyr-widgets/kyr-widgets.php'], 'the plugin zip has no kyr-widgets/kyr-widgets.php');
});

test('a second build of this commit, in another folder, gives a release identical byte for byte', { timeout: 300_000 }, async () => {
  // The checkout as git sees it (committed and new files, nothing ignored), in a folder of another name.
  const copy = join(scratch, 'second-checkout');
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  for (const path of stdout.split('\0').filter(Boolean)) {
    await mkdir(dirname(join(copy, path)), { recursive: true });
    await cp(join(root, path), join(copy, path)).catch((error) => {
      if (error.code !== 'ENOENT') throw error; // deleted but not yet committed
    });
  }
  await symlink(join(root, 'node_modules'), join(copy, 'node_modules'));
  await run('npm', ['run', 'build'], { cwd: copy, maxBuffer: 64 * 1024 * 1024 });

  const first = await release(root, join(scratch, 'first'));
  const second = await release(copy, join(scratch, 'second'));
  const differing = second.split('\n').filter((line) => !first.split('\n').includes(line));
  assert.deepEqual(differing, [], `files that differ between two builds of one commit:\n${differing.join('\n')}`);
});

// npm run release: release/, what a partner downloads (and the tag workflow attaches), from the
// build in dist/:
//   release/kyr-widgets-<version>/            the package as npm ships it: dist/ (both script-tag
//                                             builds with their chunks and languages, sri.json,
//                                             prerendered/, themes/, the npm graph and types),
//                                             custom-elements.json, README, CHANGELOG, LICENSE
//   release/kyr-widgets-<version>.zip         that folder, zipped
//   release/kyr-widgets-wordpress-<version>.zip  the WordPress plugin
//   release/SHA256SUMS                        `sha256sum -c SHA256SUMS` checks every file above
// The build is reproducible and so is this: the same commit gives the same bytes (test/node/release.test.mjs).
// Usage: node scripts/release.mjs [out-dir]   (default release/)
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { walk, zipFolder } from './zip.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = resolve(process.argv[2] ?? join(root, 'release'));
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const name = `kyr-widgets-${version}`;

if (!existsSync(join(root, 'dist/kyr-widgets.js')) || !existsSync(join(root, 'dist/kyr-widgets-wordpress.zip'))) {
  console.error('release: dist/ is not built; run `npm run build` first (`npm run release` does)');
  process.exit(1);
}

/** The package's files, as package.json `files` lists them; the plugin zip travels beside, not inside. */
const packaged = ['dist', 'custom-elements.json', 'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'];

await rm(out, { recursive: true, force: true });
const folder = join(out, name);
await mkdir(folder, { recursive: true });
for (const path of packaged) {
  await cp(join(root, path), join(folder, path), {
    recursive: true,
    filter: (source) => !source.endsWith('kyr-widgets-wordpress.zip'),
  });
}
await writeFile(join(out, `${name}.zip`), await zipFolder(folder, name));
await cp(join(root, 'dist/kyr-widgets-wordpress.zip'), join(out, `kyr-widgets-wordpress-${version}.zip`));

const sums = [];
for await (const path of walk(out)) {
  sums.push(`${createHash('sha256').update(await readFile(path)).digest('hex')}  ${relative(out, path)}`);
}
await writeFile(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
const zipSum = sums.find((line) => line.endsWith(`  ${name}.zip`));
console.log(`release: ${relative(process.cwd(), out) || '.'}/${name}.zip and ${sums.length - 1} more files, with SHA256SUMS`);
console.log(`release: ${zipSum}`);

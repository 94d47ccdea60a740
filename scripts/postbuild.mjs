// After the Vite builds: copy the theme presets into dist/themes and write
// dist/sri.json, a sha384 Subresource Integrity hash for every file a page loads.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

await mkdir(join(dist, 'themes'), { recursive: true });
for (const name of await readdir(join(root, 'src/themes'))) {
  await copyFile(join(root, 'src/themes', name), join(dist, 'themes', name));
}

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(js|css)$/.test(entry.name)) yield path;
  }
}

const hashes = {};
for await (const path of files(dist)) {
  if (relative(dist, path).startsWith('types')) continue;
  hashes[relative(dist, path)] = `sha384-${createHash('sha384').update(await readFile(path)).digest('base64')}`;
}
const sorted = Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
await writeFile(join(dist, 'sri.json'), `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`postbuild: themes copied; ${Object.keys(sorted).length} files hashed into dist/sri.json`);

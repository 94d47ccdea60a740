// Zips that are the same bytes on every machine: entries in name order, each with one fixed date,
// so a release can be rebuilt and compared byte for byte.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

/** 2020-01-01 00:00 as a local-time Date: fflate writes a Date's local fields (zips store no zone), the same in every time zone. */
const FIXED_DATE = new Date(2020, 0, 1, 0, 0, 0);

/** Every file under `dir`, depth first, in code-point order of names (not the locale's). */
export async function* walk(dir) {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/**
 * The zip of `dir`, its files under the folder `prefix/` (as WordPress's uploader and a partner's
 * unzip expect). fflate writes deflate with UTF-8 names, which ZipArchive, PclZip and unzip read.
 * @param {string} dir
 * @param {string} prefix
 * @returns {Promise<Uint8Array>}
 */
export async function zipFolder(dir, prefix) {
  const entries = {};
  for await (const path of walk(dir)) entries[`${prefix}/${relative(dir, path)}`] = [await readFile(path), { mtime: FIXED_DATE }];
  return zipSync(entries, { level: 9 });
}

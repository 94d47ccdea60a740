// Sizes as a reader's browser downloads them: gzip -9 and brotli -11 of each file,
// and of an entry together with every module it imports statically (not its lazy chunks).
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function compressed(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Relative modules an ES file imports statically (`import … from "./x.js"`, `import "./x.js"`); `import()` is lazy and left out. */
function staticImports(code) {
  const found = new Set();
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) found.add(match[1]);
  return [...found];
}

/**
 * What the script-tag loader fetches as it starts, beside its static imports (none): the files it
 * lists in `kyrDependencies()` (written by the build, see loaderDependencies in vite.config.ts).
 */
function loaderFetches(code) {
  const table = code.match(/function kyrDependencies\(\)\{return(\{.*\})\}\s*$/)?.[1];
  return table ? Object.values(JSON.parse(table)).flat() : [];
}

/** The entry and all it imports statically (for the loader, all it fetches as it starts): file list and summed sizes (each file compressed on its own, as served). */
export async function entryGraph(entryPath) {
  const seen = new Map();
  async function visit(path) {
    if (seen.has(path)) return;
    const buffer = await readFile(path);
    seen.set(path, compressed(buffer));
    const code = buffer.toString('utf8');
    for (const specifier of [...staticImports(code), ...loaderFetches(code)]) await visit(resolve(dirname(path), specifier));
  }
  await visit(entryPath);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const size of seen.values()) for (const key of Object.keys(total)) total[key] += size[key];
  return { files: [...seen.keys()], ...total };
}

export async function fileSize(path) {
  return compressed(await readFile(path));
}

/** Every size the budgets and the report speak of, for a built dist/ folder. */
export async function measureKit(dist) {
  const entries = {};
  for (const name of ['kyr-widgets', 'hotline-card', 'rights-summary', 'detainer-explainer', 'language-picker']) {
    const graph = await entryGraph(join(dist, `${name}.js`));
    entries[name] = { ...graph, files: graph.files.map((f) => relative(dist, f)) };
  }
  // The locale chunks the main ES entry loads on demand (the per-element build has its own copies).
  const locales = {};
  const mainCode = (await Promise.all(entries['kyr-widgets'].files.map((f) => readFile(join(dist, f), 'utf8')))).join('\n');
  for (const [, path] of mainCode.matchAll(/["'`]\.{1,2}\/(locales\/[\w-]+\.js)["'`]/g)) {
    locales[path.slice('locales/'.length).replace(/-[\w-]{8}\.js$/, '')] = await fileSize(join(dist, path));
  }
  // Every locale file in dist/, whichever build wrote it: each must meet the budget.
  const localeFiles = {};
  for (const file of (await readdir(join(dist, 'locales'))).filter((f) => f.endsWith('.js'))) {
    localeFiles[file] = await fileSize(join(dist, 'locales', file));
  }
  return { entries, locales, localeFiles, standalone: await fileSize(join(dist, 'kyr-widgets.standalone.js')) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measureKit(resolve(process.argv[2] ?? 'dist'));
  console.log(JSON.stringify(sizes, (key, value) => (key === 'files' ? value.join(' ') : value), 2));
}

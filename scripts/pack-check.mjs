// What a bundler user gets from the npm package: packs the package with `npm pack`,
// installs the tarball into a scratch Vite app (no network: Lit is linked from
// this repo's node_modules), imports the given entries, builds, and reports
// which elements' code ended up in the app's bundle, how many copies of Lit it
// holds, how many language chunks, and the gzip size of what the page loads first.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { build } from 'vite';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;

/** Text that only one element's code contains. */
const markers = {
  'kyr-hotline-card': 'Save contact',
  'kyr-rights-summary': 'Your rights in New York City',
  'kyr-detainer-explainer': 'Will New York City hold someone for ICE?',
  'kyr-language-picker': 'Kreyòl ayisyen',
};

/** Text each copy of lit-html contains once (it registers its version in a global list). */
const LIT_MARKER = 'litHtmlVersions';
/** A message id every language chunk carries, beside its translation; the English text is only in the elements' code. */
const LOCALE_MARKER = 'hotline.save-contact';
const ENGLISH_TEXT = 'Save contact';

/**
 * Packs the package and installs the tarball into `<scratch>/app/node_modules` (its dependencies
 * linked from this repo's node_modules). Returns the packed file list and the app's folder.
 * @param {string} scratch an empty folder
 */
export async function installPackedKit(scratch) {
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root });
  const [packed] = JSON.parse(stdout);
  const files = packed.files.map((file) => file.path).sort();

  const app = join(scratch, 'app');
  const installed = join(app, 'node_modules', 'kyr-widgets');
  await mkdir(installed, { recursive: true });
  await run('tar', ['-xzf', join(scratch, packed.filename), '-C', installed, '--strip-components=1']);
  for (const dependency of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize', '@lit-labs/ssr-client']) {
    await mkdir(join(app, 'node_modules', dependency, '..'), { recursive: true });
    await symlink(join(root, 'node_modules', dependency), join(app, 'node_modules', dependency), 'dir');
  }
  return { files, app };
}

/**
 * Packs, installs and bundles an app whose main module is `main` (by default one import of `entry`).
 * @param {{ entry?: string, main?: string }} [options]
 */
export async function packAndBundle({ entry = 'kyr-widgets/hotline-card.js', main } = {}) {
  const scratch = await mkdtemp(join(tmpdir(), 'kyr-pack-'));
  try {
    const { files, app } = await installPackedKit(scratch);
    main ??= `import '${entry}';\ndocument.body.append(document.createElement('kyr-hotline-card'));\n`;
    await writeFile(join(app, 'main.js'), main);
    await writeFile(join(app, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>\n');
    await build({ root: app, logLevel: 'silent', configFile: false, build: { outDir: join(app, 'out') } });

    const assets = join(app, 'out', 'assets');
    const outputs = await Promise.all((await readdir(assets)).filter((f) => f.endsWith('.js')).map((f) => readFile(join(assets, f), 'utf8')));
    const code = outputs.join('\n');
    const contains = Object.fromEntries(Object.entries(markers).map(([tag, marker]) => [tag, code.includes(marker)]));
    const isLocaleChunk = (output) => output.includes(LOCALE_MARKER) && !output.includes(ENGLISH_TEXT);
    const firstLoad = outputs.filter((output) => !isLocaleChunk(output));
    return {
      files,
      contains,
      bytes: code.length,
      litCopies: code.split(LIT_MARKER).length - 1,
      localeChunks: outputs.filter(isLocaleChunk).length,
      // What the page loads before any language is chosen: every output but the language chunks, gzip -9 each.
      firstLoadGzip: firstLoad.reduce((sum, output) => sum + gzipSync(output, { level: 9 }).length, 0),
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await packAndBundle({ entry: process.argv[2] }), null, 2));

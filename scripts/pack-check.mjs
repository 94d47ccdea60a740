// What a bundler user gets from the npm package: packs the package with `npm pack`,
// installs the tarball into a scratch Vite app (no network: Lit is linked from
// this repo's node_modules), imports one per-element entry, builds, and reports
// which elements' code ended up in the app's bundle.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

export async function packAndBundle(entry = 'kyr-widgets/hotline-card.js') {
  const scratch = await mkdtemp(join(tmpdir(), 'kyr-pack-'));
  try {
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root });
    const [packed] = JSON.parse(stdout);
    const files = packed.files.map((file) => file.path).sort();

    const app = join(scratch, 'app');
    const installed = join(app, 'node_modules', 'kyr-widgets');
    await mkdir(installed, { recursive: true });
    await run('tar', ['-xzf', join(scratch, packed.filename), '-C', installed, '--strip-components=1']);
    for (const dependency of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize']) {
      await mkdir(join(app, 'node_modules', dependency, '..'), { recursive: true });
      await symlink(join(root, 'node_modules', dependency), join(app, 'node_modules', dependency), 'dir');
    }
    await writeFile(join(app, 'main.js'), `import '${entry}';\ndocument.body.append(document.createElement('kyr-hotline-card'));\n`);
    await writeFile(join(app, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>\n');
    await build({ root: app, logLevel: 'silent', configFile: false, build: { outDir: join(app, 'out') } });

    const assets = join(app, 'out', 'assets');
    const code = (await Promise.all((await readdir(assets)).filter((f) => f.endsWith('.js')).map((f) => readFile(join(assets, f), 'utf8')))).join('\n');
    const contains = Object.fromEntries(Object.entries(markers).map(([tag, marker]) => [tag, code.includes(marker)]));
    return { files, contains, bytes: code.length };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await packAndBundle(process.argv[2]), null, 2));

// A newer WordPress than Debian's 6.1, for the plugin's tests. Only the npm registry is reachable
// here (wordpress.org is not, so Playground's CLI and wp-env, which download WordPress at run time,
// fail). The npm package @wp-playground/wordpress-builds carries WordPress builds made for
// Playground's PHP WebAssembly: a zip of the PHP files plus a folder of the static files. Together
// they are a whole WordPress that Debian's PHP and MariaDB run like any other (test/wordpress/env.mjs).
// Its last version (0.9.19) holds 6.2 to 6.5, 6.6-RC3 ("beta") and a 6.7-alpha nightly; 6.6 is the
// newest release among them. The tree is made once and kept in ~/.cache/kyr-widgets.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The package and the build in it that the tests run. */
export const PACKAGE = '@wp-playground/wordpress-builds@0.9.19';
export const BUILD = 'beta';
/** The WordPress version that build is (wp-includes/version.php); readme.txt's "Tested up to" names its major. */
export const VERSION = '6.6-RC3';

const cacheRoot = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'kyr-widgets');
const tree = join(cacheRoot, `wordpress-${VERSION}`);

/** The version a WordPress tree says it is. */
export async function treeVersion(root) {
  const php = await readFile(join(root, 'wp-includes/version.php'), 'utf8');
  return /\$wp_version\s*=\s*'([^']+)'/.exec(php)?.[1];
}

/** The path of a WordPress VERSION tree, made from the npm package on first use. */
export async function newerWordPress() {
  if (existsSync(join(tree, 'wp-settings.php')) && (await treeVersion(tree)) === VERSION) return tree;
  await mkdir(cacheRoot, { recursive: true });
  const work = await mkdtemp(join(cacheRoot, 'making-'));
  try {
    const { stdout } = await run('npm', ['pack', PACKAGE, '--pack-destination', work, '--silent'], { cwd: work, maxBuffer: 1 << 24 });
    const tarball = join(work, stdout.trim().split('\n').pop());
    await run('tar', ['-xzf', tarball, '-C', work, `package/src/wordpress/wp-${BUILD}.zip`, `package/public/wp-${BUILD}`]);
    const made = join(work, 'wordpress');
    await run('unzip', ['-q', join(work, `package/src/wordpress/wp-${BUILD}.zip`), '-d', made]);
    await cp(join(work, `package/public/wp-${BUILD}`), made, { recursive: true });
    // Playground's own files: its SQLite database and configuration (env.mjs writes a wp-config.php for MariaDB).
    for (const name of ['wp-config.php', 'wordpress-remote-asset-paths', 'wp-content/database']) await rm(join(made, name), { recursive: true, force: true });
    const found = await treeVersion(made);
    if (found !== VERSION) throw new Error(`${PACKAGE} wp-${BUILD} is WordPress ${found}, not ${VERSION}`);
    await rm(tree, { recursive: true, force: true });
    await rename(made, tree);
    return tree;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// A throwaway WordPress for the plugin's tests: Debian's WordPress copied into a temporary folder
// (its own wp-config.php; the packaged copy and /etc are never touched), a private MariaDB
// (own data folder, socket only, no TCP) and PHP's built-in server on a free loopback port.
// stop() ends both processes it started and removes the folder.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import process from 'node:process';
import { setTimeout as timeoutAfter } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const WORDPRESS = '/usr/share/wordpress';
const here = new URL('.', import.meta.url).pathname;

/** What the tests need from Debian (installed by .ci/run when missing). */
/** `text` as a single-quoted PHP string literal, for the PHP the tests run. */
export function phpString(text) {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/**
 * The PHP log entries of `wp` that matter: the plugin's own, and anything that is not a
 * deprecation (WordPress's own under PHP 8.2 are left out).
 */
export async function pluginPhpProblems(wp) {
  const entries = (await wp.debugLog()).split(/\n(?=\[)/).filter(Boolean);
  return entries.filter((entry) => !/PHP Deprecated:/.test(entry) || /plugins\/kyr-widgets\//.test(entry));
}

export function missingTools() {
  const needed = {
    [join(WORDPRESS, 'wp-settings.php')]: 'wordpress',
    '/usr/bin/php': 'php-cli',
    '/usr/sbin/mariadbd': 'mariadb-server',
    '/usr/bin/mariadb-install-db': 'mariadb-server',
    // The .pot is checked against xgettext's; the newer WordPress is unpacked from a zip (wordpress-builds.mjs).
    '/usr/bin/xgettext': 'gettext',
    '/usr/bin/unzip': 'unzip',
  };
  return [...new Set(Object.entries(needed).filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg))];
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves when `stream` prints a line matching `pattern` (the server says it is ready); rejects after `ms` or if `child` exits first. */
function announced(child, stream, pattern, ms, what) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => done(new Error(`timed out waiting for ${what}: ${seen.slice(-500)}`)), ms);
    const onData = (chunk) => {
      seen += chunk;
      if (pattern.test(seen)) done();
    };
    const onExit = (code) => done(new Error(`${what} exited (${code}) before it was ready: ${seen.slice(-500)}`));
    function done(error) {
      clearTimeout(timer);
      stream.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    }
    stream.on('data', onData);
    child.on('exit', onExit);
  });
}

/** Signals a child started with `detached` and every process in its group (PHP's server workers). */
function signal(child, name) {
  try {
    process.kill(-child.pid, name);
  } catch {
    // Already gone.
  }
}

async function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  signal(child, 'SIGTERM');
  if ((await Promise.race([exited.then(() => 'exited'), timeoutAfter(10_000)])) !== 'exited') signal(child, 'SIGKILL'); // a stop that hangs is killed
  signal(child, 'SIGKILL'); // workers that outlived their parent
}

/**
 * Starts WordPress: a copy of `source` (Debian's by default; wordpress-builds.mjs makes a newer one).
 * Returns { url, dir, php(code), debugLog(), stop() }:
 * php(code) runs PHP code inside WordPress (wp-load.php) and returns what it echoes.
 */
export async function startWordPress({ source = WORDPRESS } = {}) {
  const dir = await mkdtemp('/tmp/kyr-wp-');
  const children = [];
  // If this process ends without stop() (a crash, a timeout), its servers end with it.
  const killAll = () => children.forEach((child) => signal(child, 'SIGKILL'));
  const onSignal = (signal) => {
    killAll();
    process.kill(process.pid, signal);
  };
  process.once('exit', killAll);
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  const stop = async () => {
    for (const child of [...children].reverse()) await stopProcess(child);
    process.off('exit', killAll);
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB, private to this run.
    const socket = join(dir, 'mysqld.sock');
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/db`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], {
      maxBuffer: 1 << 24,
    });
    const db = spawn(
      '/usr/sbin/mariadbd',
      ['--no-defaults', `--datadir=${dir}/db`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${dir}/mysqld.pid`, `--log-error=${dir}/mysqld.err`, '--innodb-buffer-pool-size=64M'],
      { stdio: 'ignore', detached: true },
    );
    children.push(db);
    // mariadb-admin waits for the server to answer on its socket (it retries by itself).
    await run('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', '--wait=30', '--connect-timeout=30', 'ping']);
    await run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

    // WordPress: a copy of the tree with a config of its own.
    const root = join(dir, 'wordpress');
    // Debian links some libraries in relatively (underscore, getID3): copy what the links point to.
    await cp(source, root, { recursive: true, dereference: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const salt = () => randomBytes(32).toString('hex');
    const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
    await writeFile(
      join(root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${dir}/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'SCRIPT_DEBUG', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    await mkdir(join(root, 'wp-content/mu-plugins'), { recursive: true });
    await cp(join(here, 'fixtures/test-environment.php'), join(root, 'wp-content/mu-plugins/test-environment.php'));

    // PHP's built-in server, a few workers (the editor sends requests in parallel).
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root, join(here, 'fixtures/router.php')], {
      cwd: root,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true, // its own process group, so that stop() reaches the workers too
    });
    children.push(server);
    let serverLog = '';
    server.stderr.on('data', (chunk) => (serverLog += chunk));
    await announced(server, server.stderr, /Development Server \(http:\/\/127\.0\.0\.1:\d+\) started/, 15_000, 'the PHP server');

    let scripts = 0;
    /** Runs PHP code inside WordPress; returns its output (JSON-decoded when `json`). */
    async function php(code, { installing = false, json = false } = {}) {
      scripts += 1;
      const file = join(dir, `script-${scripts}.php`);
      await writeFile(
        file,
        `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '${port}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
${installing ? "define( 'WP_INSTALLING', true );" : ''}
require '${root}/wp-load.php';
${code}
`,
      );
      const { stdout } = await run('php', [file], { cwd: root, maxBuffer: 1 << 26 });
      return json ? JSON.parse(stdout) : stdout;
    }

    const debugLog = async () => (existsSync(join(dir, 'debug.log')) ? readFile(join(dir, 'debug.log'), 'utf8') : '');
    return { url, port, dir, root, php, debugLog, serverLog: () => serverLog, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// The framework apps in test/integrations/<app>/, each used the way a city web team would:
// install the packed kit (`npm pack` of this repo, after `npm run build`), type-check strictly,
// build, and render in Chromium (scenario.mjs). Each step is a test; the counts go to
// test-results/integrations-summary.json, which .ci/run adds into the final summary line.
//
//   node test/integrations/run.mjs [react vue svelte angular astro next]
//
// The static apps' output is served from a folder; the Next.js app runs its own server (`next start`)
// and is checked twice: scenario.mjs on /en, and hydration-scenario.mjs (server rendering, hydration
// in place) on /es. The Astro app's page is server-rendered at build: scenario-hydration.mjs.
//
// The apps' own dependencies are pinned by their package-lock.json and installed once per lockfile
// into a cache folder (KYR_INTEGRATIONS_CACHE, default ~/.cache/kyr-widgets/integrations), so a
// run after the first only installs the new tarball.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/browser.mjs';
import { runHydrationScenario } from './hydration-scenario.mjs';
import { runScenario } from './scenario.mjs';
import { runHydrationScenario as runAstroHydration } from './scenario-hydration.mjs';

const exec = promisify(execFile);
const here = new URL('.', import.meta.url).pathname;
const root = new URL('../../', import.meta.url).pathname;

/**
 * Each app: how it type-checks (the command names what runs), and where its build lands (served as
 * static files) or that it is a server (`next start`) with the scenario's page and the
 * server-rendered page that hydration-scenario.mjs checks; the scenario it passes in Chromium
 * (scenario.mjs unless named).
 */
export const apps = {
  react: { typecheck: 'tsc (strict, skipLibCheck off)', out: 'out' },
  vue: { typecheck: 'vue-tsc (strictTemplates)', out: 'out' },
  svelte: { typecheck: 'svelte-check (strict TypeScript)', out: 'out' },
  angular: { typecheck: 'ng build (strictTemplates)', out: 'out/browser' },
  astro: { typecheck: 'astro check (strictest)', out: 'out', scenario: runAstroHydration },
  next: { typecheck: 'tsc (strict, skipLibCheck off)', server: 'next start', page: 'en', serverRenderedPage: 'es' },
};

const cacheRoot = process.env.KYR_INTEGRATIONS_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'kyr-widgets', 'integrations');
/** Files of an app that are not its source. */
const notSource = new Set(['node_modules', 'out', '.angular', 'dist', '.svelte-kit', '.astro', '.next']);
/** Build output, removed before each build. */
const builtOutput = new Set(['out', '.next']);

const appEnv = { ...process.env, NG_CLI_ANALYTICS: 'false', NEXT_TELEMETRY_DISABLED: '1', CI: '1' };

async function run(command, args, cwd, timeout = 600_000) {
  try {
    return await exec(command, args, { cwd, timeout, maxBuffer: 64 * 1024 * 1024, env: appEnv });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output || error.message}`, { cause: error });
  }
}

/** Copies the app's source into its cache folder (one per lockfile) and installs its dependencies once. */
async function prepare(name) {
  const source = join(here, name);
  const lock = await readFile(join(source, 'package-lock.json'));
  const manifest = await readFile(join(source, 'package.json'));
  const hash = createHash('sha256').update(manifest).update(lock).digest('hex').slice(0, 12);
  const work = join(cacheRoot, `${name}-${hash}`);
  await mkdir(work, { recursive: true });
  // Installs for an older lockfile are not used again.
  for (const entry of await readdir(cacheRoot)) {
    if (entry.startsWith(`${name}-`) && entry !== `${name}-${hash}`) await rm(join(cacheRoot, entry), { recursive: true, force: true });
  }
  for (const entry of await readdir(work)) if (!notSource.has(entry) || builtOutput.has(entry)) await rm(join(work, entry), { recursive: true, force: true });
  for (const entry of await readdir(source)) {
    if (!notSource.has(entry)) await cp(join(source, entry), join(work, entry), { recursive: true });
  }
  if (!existsSync(join(work, 'node_modules', '.kyr-installed'))) {
    await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], work);
    await writeFile(join(work, 'node_modules', '.kyr-installed'), `${hash}\n`);
  }
  return work;
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ico': 'image/x-icon' };

/** Serves a built app's folder on a free loopback port. */
function serve(dir) {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    const path = normalize(join(dir, pathname));
    if (!path.startsWith(dir)) return response.writeHead(403).end();
    const file = existsSync(path) && (await stat(path)).isDirectory() ? join(path, 'index.html') : path;
    if (!existsSync(file)) return response.writeHead(404).end('Not found');
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

/** A free loopback port (the OS picks it; `next start` needs a number). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createNetServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the app's production server (`next start`) and resolves once it says it is ready and answers. */
async function startServer(work) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(work, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: work,
    env: appEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM'))));
  // Next prints "✓ Ready in …" once it listens: wait for that line, the process's exit, or 30 s.
  const ready = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve('did not say it was ready within 30 s'), 30_000);
    const done = (result) => (clearTimeout(timer), resolve(result));
    const read = (chunk) => {
      output += chunk;
      if (/\bReady in\b/.test(output)) done(true);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => done(`exited (${code})`));
  });
  if (ready === true && (await fetch(url, { method: 'HEAD' }).then(() => true, () => false))) return { url, stop };
  await stop();
  throw new Error(`next start on ${url} ${ready === true ? 'said it was ready but did not answer' : ready}:\n${output.trim()}`);
}

/** The JavaScript a page loads until its four widgets are defined: files and bytes after gzip -9. */
async function pageScriptGzip(browser, url) {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  // The page's cumulative layout shift until every widget has rendered.
  await page.addInitScript(() => {
    window.kyrShift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.kyrShift += entry.hadRecentInput ? 0 : entry.value))).observe({ type: 'layout-shift', buffered: true });
  });
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0));
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => ['kyr-language-picker', 'kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer'].every((tag) => customElements.get(tag)), null, { timeout: 15_000 });
    const sizes = await Promise.all(scripts);
    const shift = await page.evaluate(async (tags) => {
      await Promise.all(tags.flatMap((tag) => [...document.querySelectorAll(tag)].map((element) => element.updateComplete)));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return window.kyrShift;
    }, ['kyr-language-picker', 'kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer']);
    return { files: sizes.length, bytes: sizes.reduce((sum, size) => sum + size, 0), shift };
  } finally {
    await page.close();
  }
}

export async function runIntegrations(names = Object.keys(apps), log = console.log) {
  const started = Date.now();
  const results = [];
  const record = (app, name, ok, error) => {
    results.push({ app, name, ok, error });
    log(`${ok ? '✔' : '✖'} ${app}: ${name}${ok ? '' : `\n    ${String(error).replace(/\n/g, '\n    ')}`}`);
  };

  const scratch = await mkdtemp(join(tmpdir(), 'kyr-integrations-'));
  let browser;
  try {
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', scratch], root);
    const tarball = join(scratch, JSON.parse(stdout)[0].filename);
    browser = await chromium.launch(chromiumLaunchOptions());
    for (const app of names) {
      const appStarted = Date.now();
      let work;
      try {
        work = await prepare(app);
        await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], work);
        record(app, 'installs the packed kit', true);
      } catch (error) {
        record(app, 'installs the packed kit', false, error.message);
        continue;
      }
      let built = false;
      for (const [step, script] of [
        [`type-checks: ${apps[app].typecheck}`, 'typecheck'],
        ['builds', 'build'],
      ]) {
        try {
          await run('npm', ['run', script, '--silent'], work);
          record(app, step, true);
          built = script === 'build';
        } catch (error) {
          record(app, step, false, error.message);
        }
      }
      if (built) {
        let stop;
        let url;
        try {
          if (apps[app].server) ({ url, stop } = await startServer(work));
          else {
            const { server, url: served } = await serve(join(work, apps[app].out));
            ({ url, stop } = { url: served, stop: async () => server.close() });
          }
        } catch (error) {
          record(app, `starts: ${apps[app].server}`, false, error.message);
          continue;
        }
        try {
          const page = `${url}${apps[app].page ?? ''}`;
          for (const result of await (apps[app].scenario ?? runScenario)(browser, page)) record(app, `in Chromium: ${result.name}`, result.ok, result.error);
          if (apps[app].serverRenderedPage) {
            const rendered = `${url}${apps[app].serverRenderedPage}`;
            const { results: hydration, htmlBytes } = await runHydrationScenario(browser, rendered);
            for (const result of hydration) record(app, `server-rendered /${apps[app].serverRenderedPage}: ${result.name}${result.note ? ` (${result.note})` : ''}`, result.ok, result.error);
            log(`  ${app}: /${apps[app].serverRenderedPage} is ${htmlBytes.toLocaleString('en')} B of HTML`);
          }
          const js = await pageScriptGzip(browser, page).catch((error) => ({ error }));
          log(js.error ? `  ${app}: page JS not measured (${js.error.message.split('\n')[0]})` : `  ${app}: page JS ${js.bytes.toLocaleString('en')} B gzip in ${js.files} files; CLS ${js.shift.toFixed(4)} at 375 px`);
          // What the app shows below a widget must not jump once the widget has rendered (a part it
          // fetched after the app's first paint did: CLS 0.28 on a phone).
          const still = !js.error && js.shift <= 0.01;
          record(app, `in Chromium at 375 px: nothing below the widgets moves as they render (CLS ≤ 0.01${js.error ? '' : `, ${js.shift.toFixed(4)}`})`, still, js.error?.message ?? `CLS ${js.shift?.toFixed(4)}`);
        } finally {
          await stop();
        }
      } else {
        record(app, 'in Chromium: not run, the app did not build', false, 'see above');
      }
      log(`  ${app}: ${((Date.now() - appStarted) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser?.close();
    await rm(scratch, { recursive: true, force: true });
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  return { passed, failed, seconds, results };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !(name in apps));
  if (unknown.length) {
    console.error(`unknown app ${unknown.join(', ')}; use any of: ${Object.keys(apps).join(' ')}`);
    process.exit(2);
  }
  const summary = await runIntegrations(names.length ? names : undefined).catch((error) => {
    console.error(error);
    return { passed: 0, failed: 1, seconds: 0 };
  });
  await mkdir(join(root, 'test-results'), { recursive: true });
  await writeFile(join(root, 'test-results', 'integrations-summary.json'), `${JSON.stringify({ passed: summary.passed, failed: summary.failed, seconds: summary.seconds })}\n`);
  console.log(`integrations: ${summary.passed} passed, ${summary.failed} failed (${summary.seconds} s)`);
  process.exit(summary.failed ? 1 : 0);
}

import { defaultReporter } from '@web/test-runner';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { STRICT_CSP, chromiumArgs, chromiumPath, firefoxPath } from './scripts/browser.mjs';
import { pages, renderPage } from './test/fixtures/hostile/pages.mjs';

// The suite runs in Chromium, and in Firefox too when it is there (scripts/browser.mjs names both).
const browsers = [chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } })];
if (process.env.KYR_BROWSERS === 'chromium') {
  console.log('KYR_BROWSERS=chromium: testing in Chromium only.');
} else if (existsSync(firefoxPath)) {
  browsers.push(puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } }));
} else {
  console.log(`Firefox not found at ${firefoxPath} (set FIREFOX_PATH): testing in Chromium only.`);
}

/** Browser noise that says nothing about the kit. */
const noise = [/Lit is in dev mode/, /Multiple versions of Lit loaded/, /scheduled an update \(generally because a property was set\) after an update completed/];

/** Stands in for a broken CDN: the Polish chunk of the ES build fails, to test that a failed load is survived. */
function failPolishChunk(context, next) {
  if (/^\/dist\/locales\/pl-/.test(context.path)) {
    context.status = 503;
    return undefined;
  }
  return next();
}


/** The documents every fact comes from (../shared/sources, beside the repo), at /__sources/000 …, so content tests check facts against them. */
const sourcesDir = new URL('../shared/sources/', import.meta.url);
function sourceDocuments(context, next) {
  const prefix = /^\/__sources\/(\d{3})$/.exec(context.path)?.[1];
  if (!prefix) return next();
  const file = existsSync(sourcesDir) && readdirSync(sourcesDir).find((name) => name.startsWith(`${prefix}_`));
  if (!file) return next();
  context.type = 'text/plain; charset=utf-8';
  context.body = readFileSync(new URL(file, sourcesDir), 'utf8');
  return undefined;
}

/** Serves the hostile host pages (test/fixtures/hostile/pages.mjs), with the CSP header where a page asks for it. */
function hostilePages(context, next) {
  const name = /^\/test\/fixtures\/hostile\/([\w-]+)\.html$/.exec(context.path)?.[1];
  const page = name && renderPage(name);
  if (!page) return next();
  // `{{locale:es}}`: the ES build's language chunk, as dist/locales.json names it (for a modulepreload).
  const body = page.replace(/\{\{locale:([\w-]+)\}\}/g, (_, locale) => JSON.parse(readFileSync('dist/locales.json', 'utf8'))[locale]);
  context.type = 'html';
  context.body = body;
  if (pages[name].csp) context.set('Content-Security-Policy', STRICT_CSP);
  return undefined;
}

export default {
  middleware: [failPolishChunk, hostilePages, sourceDocuments],
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [a11ySnapshotPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers,
  // Keyboard tests need the focused page: one test file at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && noise.some((n) => n.test(arg))),
  reporters: [defaultReporter(), summaryReporter()],
};

import { defaultReporter } from '@web/test-runner';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { STRICT_CSP, chromiumArgs, chromiumPath, firefoxPath } from './scripts/browser.mjs';
import { a11yCommandsPlugin, jsonExamplesPlugin } from './scripts/a11y-commands.mjs';
import { pages, renderPage } from './test/fixtures/hostile/pages.mjs';
import { platformFontsPlugin } from './scripts/platform-fonts-plugin.mjs';

// The suite runs in Chromium, and in Firefox too when it is there (scripts/browser.mjs names both).
const withFirefox = process.env.KYR_BROWSERS !== 'chromium' && existsSync(firefoxPath);
if (process.env.KYR_BROWSERS === 'chromium') console.log('KYR_BROWSERS=chromium: testing in Chromium only.');
else if (!withFirefox) console.log(`Firefox not found at ${firefoxPath} (set FIREFOX_PATH): testing in Chromium only.`);

/** Test files run side by side in one Firefox: pages in the background keep their timers (not clamped to 1 s). */
const firefoxPrefs = {
  'dom.min_background_timeout_value': 4,
  'dom.min_background_timeout_value_without_budget_throttling': 4,
  'dom.timeout.enable_budget_timer_throttling': false,
};

/** The browsers for one group, running `concurrency` test files at a time in each. */
function launchers(concurrency) {
  const browsers = [chromeLauncher({ concurrency, launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } })];
  if (withFirefox) browsers.push(puppeteerLauncher({ concurrency, launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true, extraPrefsFirefox: firefoxPrefs } }));
  return browsers;
}

/**
 * Keyboard tests (`sendKeys`), tests that focus the picker or read Chromium's font report need the
 * focused page, and the first-paint and hydration tests sample every animation frame, which only
 * the page in front gets: they live in test/foreground/ and run one file at a time, in a group of
 * their own (with browsers of its own); every file in test/ runs beside others.
 */
const otherTests = 'test/*.test.ts';
const foregroundTests = 'test/foreground/*.test.ts';
/** Whether the command line names the test files (`--files`), as the test loop of one file does. */
const fileArgument = process.argv.some((arg) => arg === '--files' || arg.startsWith('--files='));

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

/**
 * Stands in for a CDN that serves the ES build's first load but none of its lazy parts:
 * /lazy-parts-down/dist/… is /dist/…, except that a chunk the entry does not import answers 503.
 */
function failLazyChunks(context, next) {
  const path = /^\/lazy-parts-down(\/dist\/.*)$/.exec(context.path)?.[1];
  if (!path) return next();
  if (path.startsWith('/dist/chunks/') && !readFileSync('dist/kyr-widgets.js', 'utf8').includes(path.slice('/dist/'.length))) {
    context.status = 503;
    return undefined;
  }
  context.path = path;
  return next();
}

/**
 * The documents every fact comes from, at /__sources/000 …, so content tests check facts against
 * them: ../shared/sources beside the repo, or the folder KYR_SOURCES names. /__sources/status says
 * whether they are there and whether this is CI (where their absence fails the content tests).
 */
const sourcesDir = process.env.KYR_SOURCES ? pathToFileURL(`${resolve(process.env.KYR_SOURCES)}/`) : new URL('../shared/sources/', import.meta.url);
function sourceDocuments(context, next) {
  if (context.path === '/__sources/status') {
    context.type = 'json';
    context.body = JSON.stringify({ available: existsSync(sourcesDir), ci: !!process.env.CI, folder: sourcesDir.pathname });
    return undefined;
  }
  const prefix = /^\/__sources\/(\d{3})$/.exec(context.path)?.[1];
  if (!prefix) return next();
  const file = existsSync(sourcesDir) && readdirSync(sourcesDir).find((name) => name.startsWith(`${prefix}_`));
  if (!file) return next();
  context.type = 'text/plain; charset=utf-8';
  context.body = readFileSync(new URL(file, sourcesDir), 'utf8');
  return undefined;
}

/**
 * Server-rendered pages (dist/npm/ssr.js, as a city's server would run it) at
 * /test/fixtures/ssr/<locale>.html: the four widgets as declarative shadow DOM with their
 * fallback content, and no script, so a test can look before it adds either build.
 */
const ssrPage = /^\/test\/fixtures\/ssr\/([\w-]+)\.html$/;
async function serverRenderedPages(context, next) {
  const locale = ssrPage.exec(context.path)?.[1];
  if (!locale) return next();
  const { renderToString, styleHashes } = await import('./dist/npm/ssr.js');
  const widgets = KYR_WIDGET_MARKUP.join('\n');
  // ?page-lang=en: a page whose own language differs from the widgets' (a static site rendered per language).
  const pageLang = (context.query?.['page-lang'] ?? locale).replace(/[^\w-]/g, '');
  const html = `<!doctype html><html lang="${pageLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Server-rendered ${locale}</title></head><body style="margin:8px">${widgets}</body></html>`;
  context.type = 'html';
  context.body = await renderToString(html, { locale });
  // ?csp=strict: a city site's policy, which blocks the inline <style> in each shadow root;
  // ?csp=hashed: the same policy with the styles' hashes added (README, Server rendering).
  if (context.query?.csp === 'strict') context.set('Content-Security-Policy', STRICT_CSP);
  if (context.query?.csp === 'hashed') {
    context.set('Content-Security-Policy', STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${(await styleHashes(context.body)).join(' ')}`));
  }
  return undefined;
}

/** The widgets on a server-rendered test page, each with a partner's fallback content. */
const KYR_WIDGET_MARKUP = [
  '<kyr-language-picker><p>Language</p></kyr-language-picker>',
  '<kyr-hotline-card><p>ActionNYC Hotline: <a href="tel:+18003540365">(800) 354-0365</a></p></kyr-hotline-card>',
  '<kyr-rights-summary><p>Your rights: nyc.gov/KnowYourRights</p></kyr-rights-summary>',
  '<kyr-detainer-explainer><p>ICE detainers: nyc.gov/KnowYourRights</p></kyr-detainer-explainer>',
];

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
  middleware: [failPolishChunk, failLazyChunks, hostilePages, sourceDocuments, serverRenderedPages],
  files: otherTests,
  // `npx wtr --files test/x.test.ts` runs that file only: alone, its page is in front, so no group is needed.
  groups: fileArgument ? [] : [{ name: 'foreground', files: foregroundTests, browsers: launchers(1) }],
  nodeResolve: true,
  plugins: [a11ySnapshotPlugin(), a11yCommandsPlugin(), jsonExamplesPlugin(), platformFontsPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: launchers(2),
  // Both groups at once: the foreground group's browsers are its own, so its one page stays in front.
  concurrentBrowsers: 4,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && noise.some((n) => n.test(arg))),
  reporters: [defaultReporter(), summaryReporter()],
};

import { defaultReporter } from '@web/test-runner';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { packAndBundle } from './scripts/pack-check.mjs';
import { measureKit } from './bench/sizes.mjs';
import { pages, renderPage } from './test/fixtures/hostile/pages.mjs';
import { platformFontsPlugin } from './scripts/platform-fonts-plugin.mjs';

/** Debian's Firefox ESR unless FIREFOX_PATH names another; the suite runs in it too when it is there. */
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const browsers = [chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS } })];
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

/** The policy of a strict city site, sent as a real header on the CSP test pages. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

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

/** Lets browser tests ask Node to pack the package into a scratch app, or to measure dist/ (gzip -9). */
const packCommand = {
  name: 'kyr-pack',
  async executeCommand({ command, payload }) {
    if (command === 'kyr-pack-and-bundle') return packAndBundle(payload);
    if (command === 'kyr-sizes') return measureKit(new URL('./dist', import.meta.url).pathname);
    return undefined;
  },
};

export default {
  middleware: [failPolishChunk, hostilePages, sourceDocuments, serverRenderedPages],
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [a11ySnapshotPlugin(), platformFontsPlugin(), packCommand, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers,
  // Keyboard tests need the focused page: one test file at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && noise.some((n) => n.test(arg))),
  reporters: [defaultReporter(), summaryReporter()],
};

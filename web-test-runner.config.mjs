import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { summaryReporter } from './scripts/summary-reporter.mjs';

/** Debian's Chromium unless CHROME_PATH names another Chrome/Chromium. */
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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

export default {
  middleware: [failPolishChunk],
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [a11ySnapshotPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs } })],
  // Keyboard tests need the focused page: one test file at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && noise.some((n) => n.test(arg))),
  reporters: [defaultReporter(), summaryReporter()],
};

// The one definition of how the kit's tools start a browser and what policy a strict city site
// sends: web-test-runner, the demo server, the bench, the screenshots and the framework tests use these.

/** The strict Content-Security-Policy of a city site: no inline script or style, no eval. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

/** Debian's Chromium unless CHROME_PATH names another Chrome/Chromium. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Debian's Firefox ESR unless FIREFOX_PATH names another. */
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/**
 * Headless Chromium as root on a machine with no network: no sandbox, no GPU, and none of the
 * background connections (updates, sync, first-run) that a closed network refuses.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Test files run side by side in one browser: pages in the background keep their timers and frames.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

/** playwright-core launch options for that Chromium (pass extra flags in `args`). */
export const chromiumLaunchOptions = ({ args = [] } = {}) => ({ executablePath: chromiumPath, args: [...chromiumArgs, ...args] });

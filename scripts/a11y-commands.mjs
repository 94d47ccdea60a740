// web-test-runner plugins for the accessibility tests: commands that need the browser's own
// controls (DevTools emulation and the full accessibility tree are Chromium only: Firefox,
// driven over WebDriver BiDi, has no equivalent here, so the tests skip those checks there and
// say so), and the examples' JSON as modules.
import { readFileSync } from 'node:fs';

const isChromium = (session) => session.browser.type === 'puppeteer' && /chrom/i.test(session.browser.name ?? '');

/** One DevTools session per test page, kept open: Chromium drops a session's emulation when it detaches. */
const sessions = new Map();
async function devtools(session) {
  if (!isChromium(session)) return undefined;
  if (!sessions.has(session.id)) sessions.set(session.id, session.browser.getPage(session.id).createCDPSession());
  return sessions.get(session.id);
}

/**
 * `kyr-press`: `{ key, times }`, the key pressed `times` times (any browser).
 * `kyr-ax-tree`: the page's full accessibility tree (puppeteer's snapshot, every node), or null.
 * `kyr-emulate`: `{ forcedColors?: 'active' | 'none', defaultFontSize?: number }`.
 * Forced colors as Windows High Contrast turns them on; the browser's default font size
 * as a reader sets it (Settings › Appearance › Font size), not a page's CSS.
 * Resolves to false where the browser cannot do it.
 */
export function a11yCommandsPlugin() {
  return {
    name: 'kyr-a11y-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'kyr-press') {
        // Many key presses in one command (a keyboard walk), each a real key event in the browser.
        const page = session.browser.getPage(session.id);
        for (let i = 0; i < (payload?.times ?? 1); i++) await page.keyboard.press(payload.key);
        return true;
      }
      if (command === 'kyr-ax-tree') {
        // The whole tree, groups and generic nodes too (a11ySnapshot keeps only "interesting" ones, and drops a group named like the heading inside it).
        if (!isChromium(session)) return null;
        return session.browser.getPage(session.id).accessibility.snapshot({ interestingOnly: false });
      }
      if (command !== 'kyr-emulate') return undefined;
      const client = await devtools(session);
      if (!client) return false;
      if (payload?.forcedColors) {
        await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.forcedColors }] });
      }
      if (payload?.defaultFontSize) {
        await client.send('Page.enable');
        await client.send('Page.setFontSizes', { fontSizes: { standard: payload.defaultFontSize, fixed: Math.round(payload.defaultFontSize * 0.8125) } });
      }
      return true;
    },
  };
}

/**
 * Lets tests import the elements' examples (src/elements/<name>/<name>.examples.json) as ES
 * modules, as Vite does for the stories: the import is rewritten to `….examples.json.js`,
 * served as `export default {…}`; the JSON file itself is untouched, so the demo's fetch() (and
 * the browser's cache) still get JSON.
 */
export function jsonExamplesPlugin() {
  const root = new URL('..', import.meta.url);
  return {
    name: 'kyr-json-examples',
    resolveImport({ source }) {
      return source.endsWith('.examples.json') ? `${source}.js` : undefined;
    },
    serve(context) {
      if (!context.path.endsWith('.examples.json.js')) return undefined;
      const json = readFileSync(new URL(`.${context.path.slice(0, -'.js'.length)}`, root), 'utf8');
      return { body: `export default ${json};`, type: 'js' };
    },
  };
}

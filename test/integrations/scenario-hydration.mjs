// What a site that renders the kit on the server must do in a real Chromium (the Astro app):
// its page comes with a language picker (locales="en es ar") and the 311 hotline card rendered
// in Spanish as declarative shadow DOM, an `<output id="language">` that a second script using
// the kit fills with the kit's language, and two client scripts that both import the kit (so the
// bundler puts Lit in a chunk they share). The scripts are held back until the server's HTML has
// been seen and its nodes kept, so the checks can tell hydration (the same nodes, taken over)
// from a second render (new nodes in their place).

const TAGS = ['kyr-language-picker', 'kyr-hotline-card'];

function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** The checks, in order (later ones build on earlier ones). Each is [name, async (page, gate) => void]. */
export const checks = [
  [
    'the server-rendered widgets are on the page before any script runs, in Spanish',
    async (page, gate) => {
      await page.locator('#language').waitFor({ state: 'attached', timeout: 10_000 });
      const seen = await page.evaluate((tags) => {
        // Kept for the next check: the very nodes the server sent.
        window.kyrServerNodes = tags.map(window.kyrRenderedRoot);
        return tags.map((tag) => ({ tag, defined: !!customElements.get(tag), lang: window.kyrRenderedRoot(tag)?.getAttribute('lang') ?? null }));
      }, TAGS);
      gate.release();
      assertEqual(seen, TAGS.map((tag) => ({ tag, defined: false, lang: 'es' })), 'widgets before the scripts');
      await page.locator('kyr-hotline-card a[href="tel:311"]').first().waitFor({ timeout: 5_000 });
    },
  ],
  [
    'the scripts hydrate them in place: the same shadow-root nodes, no second copy',
    async (page) => {
      await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS, { timeout: 10_000 });
      const after = await page.evaluate(async (tags) => {
        const widgets = tags.map((tag) => document.querySelector(tag));
        await Promise.all(widgets.map((widget) => widget.updateComplete));
        return tags.map((tag, i) => ({
          tag,
          sameNode: window.kyrRenderedRoot(tag) === window.kyrServerNodes[i],
          rendered: [...widgets[i].shadowRoot.children].filter((child) => child.localName !== 'style').length,
        }));
      }, TAGS);
      assertEqual(after, TAGS.map((tag) => ({ tag, sameNode: true, rendered: 1 })), 'widgets after the scripts');
    },
  ],
  [
    'nothing shifts when the scripts take over (CLS ≤ 0.01)',
    async (page) => {
      // Two frames after hydration: any shift it caused has been reported by then.
      const cls = await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.kyrLayoutShift.total)))),
      );
      if (!(cls <= 0.01)) throw new Error(`cumulative layout shift ${cls}`);
    },
  ],
  [
    'the picker switches the hydrated widgets to Arabic (right to left), and the second script sees it',
    async (page) => {
      const select = page.locator('kyr-language-picker select');
      await select.focus();
      await select.selectOption('ar');
      await page.waitForFunction(
        () => {
          const card = document.querySelector('kyr-hotline-card')?.shadowRoot?.querySelector('[part="card"]');
          return card?.getAttribute('lang') === 'ar' && card.getAttribute('dir') === 'rtl';
        },
        undefined,
        { timeout: 5_000 },
      );
      await page.locator('#language', { hasText: 'ar' }).waitFor({ timeout: 5_000 });
    },
  ],
];

/**
 * Runs every check on a fresh page at `url`; a check fails on its own error, or on any page error or
 * console error logged while it (or, for the first, the page's loading) ran. Returns [{ name, ok, error? }].
 */
export async function runHydrationScenario(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.addInitScript(() => {
    // The first element a widget's shadow root holds besides its styles: the rendered widget itself.
    window.kyrRenderedRoot = (tag) => [...(document.querySelector(tag)?.shadowRoot?.children ?? [])].find((child) => child.localName !== 'style');
    window.kyrLayoutShift = { total: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.kyrLayoutShift.total += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Every script waits until the first check has kept the server's nodes.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const gate = { release: () => release() };
  await page.route(/\.m?js(\?|$)/, async (route) => {
    await held;
    await route.continue().catch(() => {}); // the page may have closed meanwhile
  });
  const results = [];
  try {
    await page.goto(url, { waitUntil: 'commit' });
    for (const [name, check] of checks) {
      try {
        await check(page, gate);
        if (problems.length) throw new Error(problems.join('; '));
        results.push({ name, ok: true });
      } catch (error) {
        results.push({ name, ok: false, error: error.message.split('\n')[0] });
      }
      problems.length = 0;
    }
  } finally {
    gate.release();
    await page.close();
  }
  return results;
}

// What a server-rendering app (test/integrations/next) must do beyond scenario.mjs, on its Spanish
// page: the widgets are in the HTML the server sends (declarative shadow DOM, in Spanish, once: not
// a second time in the framework's payload), the browser takes them over in place (same nodes, no
// layout shift, no console error), and a property and a kyr-* listener set by React work after
// hydration. The page is the scenario.mjs page, plus a "Use heading level 4" button.

const tags = ['kyr-language-picker', 'kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer'];

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * Runs in the page before its own scripts: sums layout shifts, and once the parser is done (before
 * the kit defines a tag) keeps each widget's server-rendered shadow content to compare later.
 */
function recordServerRender(tagList) {
  const record = { cls: 0, kept: null };
  window.__kyrRecord = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) record.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    record.kept = tagList.map((tag) => {
      const element = document.querySelector(tag);
      return { tag, defined: Boolean(customElements.get(tag)), element, first: element?.shadowRoot?.firstElementChild ?? null, part: element?.shadowRoot?.querySelector('[part]') ?? null };
    });
  });
}

/** Resolves once every widget is defined and has finished its first update (hydration). */
const hydrated = (page) =>
  page.waitForFunction(
    (tagList) => tagList.every((tag) => customElements.get(tag) && document.querySelector(tag)?.hasUpdated),
    tags,
    { timeout: 15_000 },
  );

/** The checks, in order, as in scenario.mjs: [name, async (page, { html }) => void]. */
export const hydrationChecks = [
  [
    'the server HTML has the four widgets as declarative shadow DOM, in Spanish',
    async (_page, { html }) => {
      for (const tag of tags) assert(new RegExp(`<${tag}[^>]*><template[^>]*shadowrootmode="open"`).test(html), `no declarative shadow root for <${tag}> in the server HTML`);
      assert(/<kyr-hotline-card[^>]*heading-level="3"/.test(html), 'the card has no heading-level="3" in the server HTML');
      const card = html.slice(html.indexOf('<kyr-hotline-card'), html.indexOf('</kyr-hotline-card>'));
      assert(/<h3 part="heading"/.test(card), 'the card has no server-rendered h3 heading');
      assert(/part="card" lang="es"/.test(card), 'the card is not marked lang="es" in the server HTML');
      assert(card.includes('Guardar contacto'), 'the card has no "Guardar contacto" in the server HTML');
    },
  ],
  [
    'the widget markup is in the page once (not again in the RSC payload)',
    async (_page, { html }) => {
      // Counts the escaped copies too (shadowrootmode=\"open\" in a script's JSON).
      const roots = html.split('shadowrootmode').length - 1;
      assert(roots === tags.length, `"shadowrootmode" appears ${roots} times in the HTML, expected ${tags.length}`);
    },
  ],
  [
    'loads and hydrates without a console error or page error',
    async (page, { loadProblems }) => {
      await hydrated(page);
      assert(!loadProblems.length, loadProblems.join('; '));
    },
  ],
  [
    'hydration keeps the server-rendered nodes (no second render, no second copy)',
    async (page) => {
      await hydrated(page);
      const result = await page.evaluate(() =>
        window.__kyrRecord.kept.map(({ tag, defined, element, first, part }) => ({
          tag,
          recordedBeforeDefined: !defined,
          sameElement: element === document.querySelector(tag),
          sameFirstChild: Boolean(first) && first === element.shadowRoot.firstElementChild,
          samePart: Boolean(part) && part === element.shadowRoot.querySelector('[part]'),
          copies: element.shadowRoot.querySelectorAll(`[part="${part?.getAttribute('part')}"]`).length,
        })),
      );
      for (const r of result) {
        assert(r.recordedBeforeDefined, `<${r.tag}> was defined before the parser finished: cannot tell hydration from rendering`);
        assert(r.sameElement && r.sameFirstChild && r.samePart, `<${r.tag}>'s server-rendered nodes were replaced: ${JSON.stringify(r)}`);
        assert(r.copies === 1, `<${r.tag}>'s shadow root holds ${r.copies} copies of its content`);
      }
    },
  ],
  [
    'nothing moves when the widgets hydrate: CLS ≤ 0.01',
    async (page) => {
      await hydrated(page);
      // Two frames after hydration, so any shift it caused has been reported.
      const cls = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__kyrRecord.cls)))));
      assert(cls <= 0.01, `CLS ${cls.toFixed(4)}`);
      return `CLS ${cls.toFixed(4)}`;
    },
  ],
  [
    'kyr-locale-change reaches the React listener after hydration, once: Spanish to Arabic',
    async (page) => {
      // First thing after hydration: a React render since then would attach an inline `onkyr-…` prop anyway.
      const select = page.locator('kyr-language-picker select');
      await select.focus();
      await select.selectOption('ar');
      await page.waitForFunction(() => [...document.querySelectorAll('#events li')].some((li) => li.textContent.startsWith('kyr-locale-change ')), null, { timeout: 10_000 });
      const lines = await page.locator('#events li').allTextContents();
      assert(JSON.stringify(lines) === JSON.stringify(['kyr-locale-change {"locale":"ar","previous":"es"}']), `event log: ${JSON.stringify(lines)}`);
      assert((await page.locator('#language').textContent())?.trim() === 'ar', 'the app did not derive the language from the detail');
      await page.waitForFunction(() => document.querySelector('kyr-hotline-card')?.shadowRoot?.querySelector('[part="card"]')?.getAttribute('dir') === 'rtl', null, { timeout: 5_000 });
    },
  ],
  [
    'headingLevel set by React after hydration: the card heading becomes an h4',
    async (page) => {
      await page.locator('kyr-hotline-card h3[part="heading"]').waitFor({ timeout: 5_000 });
      await page.getByRole('button', { name: 'Use heading level 4' }).click();
      await page.locator('kyr-hotline-card h4[part="heading"]').waitFor({ timeout: 5_000 });
    },
  ],
];

/**
 * Runs every check on a fresh page at `url`; a check fails on its own error, or on any page error
 * or console error logged while it ran. Returns [{ name, ok, error?, note? }] and the HTML's size.
 */
export async function runHydrationScenario(browser, url) {
  const response = await fetch(url);
  const html = await response.text();
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.addInitScript(recordServerRender, tags);
  const results = [];
  try {
    await page.goto(url, { waitUntil: 'load' });
    await hydrated(page).catch(() => {});
    const loadProblems = problems.splice(0);
    for (const [name, check] of hydrationChecks) {
      try {
        const note = await check(page, { html, loadProblems });
        if (problems.length) throw new Error(problems.join('; '));
        results.push({ name, ok: true, note });
      } catch (error) {
        results.push({ name, ok: false, error: error.message.split('\n')[0] });
      }
      problems.length = 0;
    }
  } finally {
    await page.close();
  }
  return { results, htmlBytes: Buffer.byteLength(html) };
}

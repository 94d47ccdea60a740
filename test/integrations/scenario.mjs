// What every framework app must do in a real Chromium, against the packed kit: the four tags
// render, an attribute and a property set by the framework reach the elements, each kyr-* event
// reaches the framework's own listener with its detail, and the language switches.
// Every app renders the same thing: the picker (locales="en es ar"), a hotline card with
// hotline="311" and heading level 3 set as a property, a button that switches the card to the
// New Americans Hotline through the framework's state, the compact rights summary with feedback,
// the explainer's step-through, and `<ol id="events">` with one `<li>` per event it received:
// "kyr-decision {json detail}".

/** Reads the app's event log: [{ type, detail }]. */
async function receivedEvents(page) {
  const lines = await page.locator('#events li').allTextContents();
  return lines.map((line) => {
    const space = line.indexOf(' ');
    return { type: line.slice(0, space), detail: JSON.parse(line.slice(space + 1)) };
  });
}

async function waitForEvent(page, type) {
  await page.waitForFunction((t) => [...document.querySelectorAll('#events li')].some((li) => li.textContent.startsWith(`${t} `)), type, {
    timeout: 10_000,
  });
  return (await receivedEvents(page)).filter((event) => event.type === type).at(-1);
}

function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** The checks, in order (later ones build on earlier ones). Each is [name, async (page) => void]. */
export const checks = [
  [
    'renders the four elements in shadow DOM',
    async (page) => {
      for (const tag of ['kyr-language-picker', 'kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer']) {
        await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part]'), tag, { timeout: 10_000 });
      }
    },
  ],
  [
    'an attribute set by the framework: hotline="311" links tel:311',
    async (page) => {
      await page.locator('kyr-hotline-card a[href="tel:311"]').first().waitFor({ timeout: 5_000 });
    },
  ],
  [
    'a property set by the framework: headingLevel 3 renders an h3',
    async (page) => {
      assertEqual(await page.locator('kyr-hotline-card').evaluate((el) => el.headingLevel), 3, 'headingLevel property');
      await page.locator('kyr-hotline-card h3').waitFor({ timeout: 5_000 });
    },
  ],
  [
    'framework state updates the attribute: the card switches to the New Americans Hotline',
    async (page) => {
      await page.getByRole('button', { name: 'Show the New Americans Hotline' }).click();
      await page.locator('kyr-hotline-card a[href="tel:+18005667636"]').first().waitFor({ timeout: 5_000 });
    },
  ],
  [
    'kyr-decision reaches the framework listener with its detail',
    async (page) => {
      await page.locator('kyr-detainer-explainer button[data-answer="no"]').click();
      const event = await waitForEvent(page, 'kyr-decision');
      assertEqual(event.detail, { outcome: 'does-not-honor', honored: false, reason: 'no-judicial-warrant' }, 'kyr-decision detail');
      assertEqual((await page.locator('#outcome').textContent())?.trim(), 'does-not-honor', 'outcome the app derived from the detail');
    },
  ],
  [
    'kyr-feedback reaches the framework listener with its detail',
    async (page) => {
      await page.locator('kyr-rights-summary button[part="feedback-button"]').first().click();
      const event = await waitForEvent(page, 'kyr-feedback');
      assertEqual(event.detail, { element: 'kyr-rights-summary', answer: 'yes' }, 'kyr-feedback detail');
    },
  ],
  [
    'the picker switches every widget to Spanish, and kyr-locale-change reaches the framework with its detail',
    async (page) => {
      // As a reader does: reaching the select (focus, a tap) makes it list every language.
      const select = page.locator('kyr-language-picker select');
      await select.focus();
      await select.selectOption('es');
      const event = await waitForEvent(page, 'kyr-locale-change');
      assertEqual(event.detail, { locale: 'es', previous: 'en' }, 'kyr-locale-change detail');
      assertEqual((await page.locator('#language').textContent())?.trim(), 'es', 'language the app derived from the detail');
      for (const tag of ['kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer']) {
        await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part="card"]')?.getAttribute('lang') === 'es', tag, {
          timeout: 5_000,
        });
      }
      await page.locator('kyr-hotline-card').getByText('Guardar contacto').waitFor({ timeout: 5_000 });
    },
  ],
];

/**
 * Runs every check on a fresh page at `url`; a check fails on its own error, or on any page error or
 * console error logged while it ran. Returns [{ name, ok, error? }].
 */
export async function runScenario(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  const results = [];
  try {
    await page.goto(url, { waitUntil: 'load' });
    for (const [name, check] of checks) {
      problems.length = 0;
      try {
        await check(page);
        if (problems.length) throw new Error(problems.join('; '));
        results.push({ name, ok: true });
      } catch (error) {
        results.push({ name, ok: false, error: error.message.split('\n')[0] });
      }
    }
  } finally {
    await page.close();
  }
  return results;
}

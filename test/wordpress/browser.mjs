// What both WordPress suites do with a browser page: record what a reader would call a problem,
// and log in to wp-admin.

/** Records on `page` console errors and warnings, page errors, failed responses, and every request. */
export function watchPage(page) {
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  return { problems, requests };
}

/**
 * Logs in as `user` (password `<user>-password`) and waits for the redirect into wp-admin (the
 * login URL itself names wp-admin in redirect_to). It lands on the posts list: 6.6's profile
 * screen throws in user-profile.js ("reading 'serialize'") when left at once, and its dashboard
 * logs a PHP warning offline. Then it forgets the login pages' problems: only the page under test counts.
 */
export async function logIn(page, siteUrl, user, problems) {
  // The login is not what is tested: on a busy machine it is tried a second time, and a failure
  // says what the login page said.
  for (let attempt = 1; ; attempt += 1) {
    await page.goto(`${siteUrl}/wp-login.php?redirect_to=${encodeURIComponent(`${siteUrl}/wp-admin/edit.php`)}`);
    await page.fill('#user_login', user);
    await page.fill('#user_pass', `${user}-password`);
    try {
      await Promise.all([page.waitForURL((url) => url.pathname.startsWith('/wp-admin/'), { timeout: 20_000 }), page.click('#wp-submit')]);
      break;
    } catch (error) {
      const said = await page.locator('#login_error').textContent({ timeout: 1000 }).catch(() => '(no message)');
      if (attempt === 2) throw new Error(`could not log in as ${user} twice; the login page said: ${said.trim()}`, { cause: error });
    }
  }
  problems.length = 0;
}

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
  await page.goto(`${siteUrl}/wp-login.php?redirect_to=${encodeURIComponent(`${siteUrl}/wp-admin/edit.php`)}`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', `${user}-password`);
  await Promise.all([page.waitForURL((url) => url.pathname.startsWith('/wp-admin/')), page.click('#wp-submit')]);
  problems.length = 0;
}

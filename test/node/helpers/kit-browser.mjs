// For Node tests that open the kit's pages in Chromium: this repo served on a free port
// (scripts/serve.mjs: dist/, demo/, /api/render) and one browser, for the file's tests.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/browser.mjs';
import { startServer } from '../../../scripts/serve.mjs';

/** `{ browser, base }`, filled in before the file's tests and closed after them. */
export function kitBrowser() {
  const kit = { browser: undefined, base: undefined, server: undefined };
  before(async () => {
    ({ server: kit.server, url: kit.base } = await startServer(0));
    kit.browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  after(async () => {
    await kit.browser?.close();
    kit.server?.close();
  });
  return kit;
}

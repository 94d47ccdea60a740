// The plugin on the newest WordPress this machine can have: 6.6 (the build that the npm package
// @wp-playground/wordpress-builds carries, see wordpress-builds.mjs), on Debian's PHP 8 and
// MariaDB. What changed since Debian's 6.1 (test/wordpress/wordpress.test.mjs): script modules
// (6.5) load the kit, and the post editor's canvas is an iframe when every block is apiVersion 3.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { logIn, watchPage } from './browser.mjs';
import { chromiumLaunchOptions } from '../../scripts/browser.mjs';
import { missingTools, phpString, pluginPhpProblems, startWordPress } from './env.mjs';
import { newerWordPress, VERSION } from './wordpress-builds.mjs';

const root = new URL('../..', import.meta.url).pathname;
const zip = join(root, 'dist/kyr-widgets-wordpress.zip');
const shots = join(root, 'test-results/wordpress');
const PLUGIN = 'kyr-widgets/kyr-widgets.php';
const PREVIEW = '.wp-block-kyr-widgets-know-your-rights .kyr-preview > *';

let wp;
let browser;
let postId;

before(async () => {
  assert.ok(existsSync(zip), 'dist/kyr-widgets-wordpress.zip is missing: run `npm run build` first');
  const missing = missingTools();
  assert.deepEqual(missing, [], `install the Debian packages: apt-get install ${missing.join(' ')}`);
  await mkdir(shots, { recursive: true });
  wp = await startWordPress({ source: await newerWordPress() });
  await wp.php(
    `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
     wp_install( 'Know your rights test', 'admin', 'admin@example.org', true, '', 'admin-password', '' );`,
    { installing: true },
  );
  await wp.php(
    `update_option( 'show_avatars', 0 );
     update_user_meta( 1, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), 'core' => array( 'fixedToolbar' => true ), '_modified' => gmdate( 'c' ) ) );`,
  );
  browser = await chromium.launch(chromiumLaunchOptions());
});

after(async () => {
  await browser?.close();
  await wp?.stop();
});

/** PHP's log entries that matter here (see env.mjs). */
const phpProblems = () => pluginPhpProblems(wp);

/** Opens a page in a fresh context; records console problems, failed responses and requests. */
async function visit(path, { login = false, width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const { problems, requests } = watchPage(page);
  if (login) await logIn(page, wp.url, 'admin', problems);
  const response = await page.goto(wp.url + path, { waitUntil: 'load' });
  return { page, problems, requests, html: await response.text(), close: () => context.close() };
}

test(`the newer WordPress is ${VERSION}, the version readme.txt says the plugin is tested up to`, async () => {
  assert.equal(await wp.php('echo get_bloginfo( "version" );'), VERSION);
  const readme = await readFile(join(root, 'integrations/wordpress/readme.txt'), 'utf8');
  assert.equal(/^Tested up to: (.+)$/m.exec(readme)?.[1], VERSION.replace(/^(\d+\.\d+).*$/, '$1'));
});

test(`the zip installs and activates on WordPress ${VERSION} with no output, error or notice`, async () => {
  const result = await wp.php(
    `require_once ABSPATH . 'wp-admin/includes/admin.php';
     require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
     wp_set_current_user( 1 );
     $upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
     $installed = $upgrader->install( ${phpString(zip)} );
     $activated = activate_plugin( '${PLUGIN}' );
     echo wp_json_encode( array( 'installed' => is_wp_error( $installed ) ? $installed->get_error_message() : $installed, 'activated' => is_wp_error( $activated ) ? $activated->get_error_message() : $activated, 'active' => is_plugin_active( '${PLUGIN}' ) ) );`,
    { json: true },
  );
  assert.deepEqual(result, { installed: true, activated: null, active: true });
  assert.deepEqual(await phpProblems(), []);
});

test("the block is apiVersion 3 and rendered by block.json's render file, with no render_callback of its own", async () => {
  const block = await wp.php(
    `$block = WP_Block_Type_Registry::get_instance()->get_registered( 'kyr-widgets/know-your-rights' );
     // WordPress wraps block.json's "render" file in a closure that requires $template_path.
     $render = $block->render_callback instanceof Closure ? ( ( new ReflectionFunction( $block->render_callback ) )->getStaticVariables()['template_path'] ?? '' ) : '';
     echo wp_json_encode( array( 'apiVersion' => $block->api_version, 'render' => str_replace( WP_PLUGIN_DIR, '', $render ), 'html' => render_block( array( 'blockName' => 'kyr-widgets/know-your-rights', 'attrs' => array( 'hotline' => '311' ), 'innerHTML' => '', 'innerBlocks' => array(), 'innerContent' => array() ) ) ) );`,
    { json: true },
  );
  assert.equal(block.apiVersion, 3);
  assert.equal(block.render, '/kyr-widgets/block/render.php');
  assert.match(block.html, /^<kyr-hotline-card class="wp-block-kyr-widgets-know-your-rights" hotline="311"><template shadowroot="open" shadowrootmode="open">/);
});

test('a post with the block and a shortcode shows the widgets, server-rendered, with the kit loaded as a script module', async () => {
  const content = [
    '<!-- wp:kyr-widgets/know-your-rights {"hotline":"new-americans","headingLevel":3} /-->',
    '<!-- wp:shortcode -->[kyr_rights_summary compact="true"]<!-- /wp:shortcode -->',
  ].join('\n\n');
  postId = Number(await wp.php(`echo wp_insert_post( array( 'post_title' => 'Need help?', 'post_content' => ${phpString(content)}, 'post_status' => 'publish', 'post_author' => 1 ) );`));
  const { page, problems, requests, html, close } = await visit(`/?p=${postId}`);
  try {
    // Server-rendered: the shadow roots are in the HTML.
    assert.equal((html.match(/<template shadowroot="open" shadowrootmode="open">/g) ?? []).length, 2);
    // WordPress's script modules print the tag (its id ends in -js-module); no classic handle is printed.
    assert.match(html, /<script type="module" src="[^"]*\/wp-content\/plugins\/kyr-widgets\/kit\/kyr-widgets\.js\?ver=[^"]*" id="kyr-widgets-js-module"><\/script>/);
    assert.doesNotMatch(html, /id="kyr-widgets-js"/);
    await page.waitForFunction(() => customElements.get('kyr-hotline-card') && document.querySelector('kyr-hotline-card').shadowRoot?.querySelector('h3'));
    assert.equal(await page.evaluate(() => document.querySelector('kyr-hotline-card').shadowRoot.querySelector('h3').textContent.trim()), 'New Americans Hotline');
    assert.equal(requests.filter((url) => url.includes('/kit/kyr-widgets.js')).length, 1, 'the kit is loaded once');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('on a Spanish page the script module preloads the Spanish file, which the kit then uses without a second download', async () => {
  const locales = JSON.parse(await readFile(join(root, 'dist/locales.json'), 'utf8'));
  await wp.php(`update_option( 'test_html_lang', 'es-ES' );`);
  try {
    const { page, problems, requests, html, close } = await visit(`/?p=${postId}`);
    try {
      assert.match(html, new RegExp(`<link rel="modulepreload" href="[^"]*/kyr-widgets/kit/${locales.es.replace('.', '\\.')}" id="[^"]*"`));
      await page.waitForFunction(() => document.querySelector('kyr-hotline-card')?.shadowRoot?.querySelector('.root')?.getAttribute('lang') === 'es');
      assert.equal(requests.filter((url) => url.includes(locales.es)).length, 1, 'the Spanish file is fetched once');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  } finally {
    await wp.php(`delete_option( 'test_html_lang' );`);
  }
});

test("the post editor's canvas is an iframe (every block is apiVersion 3), and the block's preview in it is the real widget, in the site's theme preset", async () => {
  await wp.php(`update_option( 'kyr_widgets_settings', array( 'default_hotline' => 'actionnyc', 'theme' => 'dark' ) );`);
  const { page, problems, close } = await visit(`/wp-admin/post.php?post=${postId}&action=edit`, { login: true, height: 860 });
  try {
    const frame = await (await page.waitForSelector('iframe[name="editor-canvas"]', { timeout: 30_000 })).contentFrame();
    await frame.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('h3'), PREVIEW, { timeout: 30_000 });
    const preview = await frame.evaluate((sel) => {
      const el = document.querySelector(sel);
      return { tag: el.localName, heading: el.shadowRoot.querySelector('h3').textContent.trim(), lang: el.shadowRoot.querySelector('.root').getAttribute('lang') };
    }, PREVIEW);
    assert.deepEqual(preview, { tag: 'kyr-hotline-card', heading: 'New Americans Hotline', lang: 'en' });
    // The dark preset's stylesheet reached the canvas: the preview's text color is the preset's.
    assert.equal(await frame.evaluate((sel) => getComputedStyle(document.querySelector(sel)).getPropertyValue('--kyr-color-text').trim(), PREVIEW), '#f1f3f5');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(shots, `editor-iframe-${VERSION}.png`) });
    assert.deepEqual(problems, []);
  } finally {
    await close();
    await wp.php(`delete_option( 'kyr_widgets_settings' );`);
  }
  assert.deepEqual(await phpProblems(), []);
});

test("on a Spanish site the preview in the iframed canvas is in Spanish, the site's language", async () => {
  // WordPress keeps WPLANG only for a language it has files for (listed once per request): an empty es_ES.mo is enough.
  await wp.php(`wp_mkdir_p( WP_LANG_DIR ); ( new MO() )->export_to_file( WP_LANG_DIR . '/es_ES.mo' );`);
  await wp.php(`update_option( 'WPLANG', 'es_ES' );`);
  assert.equal(await wp.php('echo get_locale();'), 'es_ES');
  const { page, problems, close } = await visit(`/wp-admin/post.php?post=${postId}&action=edit`, { login: true, height: 860 });
  try {
    const frame = await (await page.waitForSelector('iframe[name="editor-canvas"]', { timeout: 30_000 })).contentFrame();
    // block/canvas.js reads the language from its own URL: WordPress copies no inline data into the canvas.
    await frame.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.root')?.getAttribute('lang') === 'es', PREVIEW, { timeout: 30_000 });
    assert.match(await frame.evaluate((sel) => document.querySelector(sel).shadowRoot.textContent, PREVIEW), /Llamar/);
    assert.deepEqual(problems, []);
  } finally {
    await close();
    await wp.php(`delete_option( 'WPLANG' ); unlink( WP_LANG_DIR . '/es_ES.mo' );`);
  }
});

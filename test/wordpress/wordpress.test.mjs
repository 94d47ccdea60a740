// The WordPress plugin (dist/kyr-widgets-wordpress.zip) against a real WordPress: Debian's
// WordPress 6.1 on PHP 8 and MariaDB (test/wordpress/env.mjs), visited in headless Chromium.
// Run by `npm run test:wordpress` after `npm run build`; .ci/run installs the Debian packages.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { logIn, watchPage } from './browser.mjs';
import { chromiumLaunchOptions } from '../../scripts/browser.mjs';
import { missingTools, phpString, pluginPhpProblems, startWordPress } from './env.mjs';

const root = new URL('../..', import.meta.url).pathname;
const zip = join(root, 'dist/kyr-widgets-wordpress.zip');
const shots = join(root, 'test-results/wordpress');
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const PLUGIN = 'kyr-widgets/kyr-widgets.php';
const TAGS = ['kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer', 'kyr-language-picker'];
/** A fictional partner line (555-01xx numbers are reserved for fiction). */
const PARTNER = { name: 'Example Legal Aid', phone: '(212) 555-0100', agency: 'Example Community Center', hours: 'Mon–Fri 9–5', description: 'Free help in Spanish and English.' };

let wp;
let browser;
const ids = {};
const users = {};

before(async () => {
  assert.ok(existsSync(zip), 'dist/kyr-widgets-wordpress.zip is missing: run `npm run build` first');
  const missing = missingTools();
  assert.deepEqual(missing, [], `install the Debian packages: apt-get install ${missing.join(' ')}`);
  await mkdir(shots, { recursive: true });
  wp = await startWordPress();
  const installed = await wp.php(
    `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
     $result = wp_install( 'Know your rights test', 'admin', 'admin@example.org', true, '', 'admin-password', '' );
     echo wp_json_encode( array( 'user' => $result['user_id'] ?? null ) );`,
    { installing: true, json: true },
  );
  users.admin = installed.user;
  const made = await wp.php(
    `// Editors have unfiltered_html on a single site; on a network only Super Admins do, and many
     // hosts remove it. This site takes it away, so the Editor's posts pass through kses.
     get_role( 'editor' )->remove_cap( 'unfiltered_html' );
     $editor = wp_insert_user( array( 'user_login' => 'editor', 'user_pass' => 'editor-password', 'user_email' => 'editor@example.org', 'role' => 'editor' ) );
     // The block editor's welcome guide would cover the screenshots (preferences live in user meta since 6.1).
     // Avatars would come from gravatar.com, and this machine has no internet.
     update_option( 'show_avatars', 0 );
     foreach ( array( 1, $editor ) as $user ) {
       update_user_meta( $user, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false, 'fixedToolbar' => true ), '_modified' => gmdate( 'c' ) ) );
     }
     echo wp_json_encode( array( 'editor' => $editor ) );`,
    { json: true },
  );
  users.editor = made.editor;
  browser = await chromium.launch(chromiumLaunchOptions());
});

after(async () => {
  await browser?.close();
  await wp?.stop();
});

// ---------------------------------------------------------------------------------------------
// Helpers

/** PHP's log entries that matter here (see env.mjs). */
const phpProblems = () => pluginPhpProblems(wp);

async function assertPhpClean() {
  assert.deepEqual(await phpProblems(), [], 'PHP logged warnings, notices or errors');
}

/** A post published through the REST API (the block editor's own save path) by `user`. */
async function publish(user, title, content, type = 'posts') {
  const result = await wp.php(
    `wp_set_current_user( ${users[user]} );
     $request = new WP_REST_Request( 'POST', '/wp/v2/${type}' );
     $request->set_body_params( array( 'title' => ${phpString(title)}, 'content' => ${phpString(content)}, 'status' => 'publish' ) );
     $response = rest_do_request( $request );
     $data = $response->get_data();
     echo wp_json_encode( array( 'status' => $response->get_status(), 'id' => $data['id'] ?? null, 'message' => $data['message'] ?? null,
       'saved' => isset( $data['id'] ) ? get_post_field( 'post_content', $data['id'] ) : null, 'unfiltered_html' => current_user_can( 'unfiltered_html' ) ) );`,
    { json: true },
  );
  assert.equal(result.status, 201, `publishing "${title}" as ${user}: ${result.message}`);
  return result;
}

async function setOption(name, value) {
  await wp.php(value === null ? `delete_option( ${phpString(name)} );` : `update_option( ${phpString(name)}, json_decode( ${phpString(JSON.stringify(value))}, true ) );`);
}

/** Opens a URL in a fresh browser context and records what a reader's browser would show. */
async function visit(path, { javaScript = true, width = 1280, height = 900, locale = 'en-US', login } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width, height }, locale });
  if (javaScript) {
    await context.addInitScript(() => {
      window.kyrLayoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.kyrLayoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
  }
  const page = await context.newPage();
  const { problems, requests } = watchPage(page);
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  if (login) await logIn(page, wp.url, login, problems);
  const response = await page.goto(wp.url + path, { waitUntil: 'load' });
  const html = await response.text();
  return { context, page, problems, requests, dialogs, html, close: () => context.close() };
}

/** Waits until every kyr widget on the page is defined and rendered; returns what each shows. */
async function widgets(page) {
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS, { timeout: 15_000 });
  return page.evaluate(async (selector) => {
    const found = [...document.querySelectorAll(selector)];
    await Promise.all(found.map((el) => el.updateComplete));
    return found.map((el) => {
      const rootEl = el.shadowRoot?.querySelector('.root');
      return {
        tag: el.localName,
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        lang: rootEl?.getAttribute('lang'),
        dir: rootEl?.getAttribute('dir'),
        heading: el.shadowRoot?.querySelector('[part~="heading"]')?.textContent.trim(),
        text: el.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '',
        fallbackShown: !rootEl,
      };
    });
  }, TAGS.join(','));
}

/** Waits until the block previews in an editor canvas (the iframe's frame) are rendered widgets; returns what each shows. */
async function canvasPreviews(frame) {
  const selector = '.wp-block-kyr-widgets-know-your-rights .kyr-preview > *';
  await frame.waitForFunction((sel) => {
    const found = [...document.querySelectorAll(sel)];
    return found.length > 0 && found.every((el) => el.shadowRoot?.querySelector('.root'));
  }, selector, { timeout: 30_000 });
  return frame.evaluate((sel) =>
    [...document.querySelectorAll(sel)].map((el) => ({
      tag: el.localName,
      heading: el.shadowRoot.querySelector('[part~="heading"]')?.textContent.trim(),
      lang: el.shadowRoot.querySelector('.root').getAttribute('lang'),
    })), selector);
}

async function spanish() {
  const { templates } = await import(join(root, 'dist/npm/generated/locales/es.js'));
  return templates;
}

// ---------------------------------------------------------------------------------------------
// Install

test("the zip installs through WordPress's own plugin upgrader", async () => {
  const result = await wp.php(
    `require_once ABSPATH . 'wp-admin/includes/admin.php';
     require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
     wp_set_current_user( 1 );
     $upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
     $result = $upgrader->install( ${phpString(zip)} );
     echo wp_json_encode( array( 'result' => is_wp_error( $result ) ? $result->get_error_message() : $result, 'plugin' => $upgrader->plugin_info(), 'messages' => $upgrader->skin->get_upgrade_messages() ) );`,
    { json: true },
  );
  assert.equal(result.result, true, result.messages.join('\n'));
  assert.equal(result.plugin, PLUGIN);
});

test("the zip also unpacks with PclZip, WordPress's fallback where PHP has no ZipArchive", async () => {
  const archive = await readFile(zip);
  const entries = archive.readUInt16LE(archive.length - 22 + 10); // end of central directory: total entries
  const result = await wp.php(
    `require_once ABSPATH . 'wp-admin/includes/admin.php';
     WP_Filesystem();
     add_filter( 'unzip_file_use_ziparchive', '__return_false' );
     $to = get_temp_dir() . 'kyr-pclzip-' . wp_generate_password( 6, false );
     $result = unzip_file( ${phpString(zip)}, $to );
     $files = iterator_count( new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $to, FilesystemIterator::SKIP_DOTS ) ) );
     $same = md5_file( "$to/kyr-widgets/prerendered/es/detainer-explainer.h3.php" ) === md5_file( WP_PLUGIN_DIR . '/kyr-widgets/prerendered/es/detainer-explainer.h3.php' );
     $GLOBALS['wp_filesystem']->delete( $to, true );
     echo wp_json_encode( array( 'result' => is_wp_error( $result ) ? $result->get_error_message() : $result, 'files' => $files, 'same' => $same ) );`,
    { json: true },
  );
  assert.deepEqual(result, { result: true, files: entries, same: true });
});

test("its header names the kit's version, WordPress 6.1, PHP 8.0, a GPL-compatible license and its text domain", async () => {
  const data = await wp.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; echo wp_json_encode( get_plugin_data( WP_PLUGIN_DIR . '/${PLUGIN}', false, false ) );`, { json: true });
  assert.equal(data.Name, 'Know Your Rights widgets');
  assert.equal(data.Version, version);
  assert.equal(data.RequiresWP, '6.1');
  assert.equal(data.RequiresPHP, '8.0');
  assert.equal(data.TextDomain, 'kyr-widgets');
  assert.equal(data.DomainPath, '/languages');
  assert.match(await wp.php(`echo file_get_contents( WP_PLUGIN_DIR . '/${PLUGIN}' );`), /^ \* License:\s+MIT$/m);
});

test("every PHP file of the plugin's own code parses", async () => {
  const files = (await wp.php(`echo implode( "\\n", array_merge( glob( WP_PLUGIN_DIR . '/kyr-widgets/*.php' ), glob( WP_PLUGIN_DIR . '/kyr-widgets/*/*.php' ) ) );`)).split('\n');
  assert.ok(files.length >= 9, files.join(', '));
  const { execFileSync } = await import('node:child_process');
  for (const file of files) assert.match(execFileSync('php', ['-l', file], { encoding: 'utf8' }), /No syntax errors/, file);
});

test('activates with no output, error or notice', async () => {
  const result = await wp.php(
    `require_once ABSPATH . 'wp-admin/includes/plugin.php';
     wp_set_current_user( 1 );
     $result = activate_plugin( '${PLUGIN}' );
     echo wp_json_encode( array( 'error' => is_wp_error( $result ) ? $result->get_error_message() : null, 'active' => is_plugin_active( '${PLUGIN}' ) ) );`,
    { json: true },
  );
  assert.equal(result.error, null);
  assert.equal(result.active, true);
  await assertPhpClean();
});

// ---------------------------------------------------------------------------------------------
// A post by an Editor

const everyWidget = [
  '<!-- wp:paragraph --><p>What to do, and whom to call.</p><!-- /wp:paragraph -->',
  '<!-- wp:shortcode -->[kyr_language_picker]<!-- /wp:shortcode -->',
  '<!-- wp:shortcode -->[kyr_hotline_card hotline="311"]<!-- /wp:shortcode -->',
  '<!-- wp:shortcode -->[kyr_rights_summary heading-level="3"]<!-- /wp:shortcode -->',
  '<!-- wp:shortcode -->[kyr_detainer_explainer sections="decision timeline"]<!-- /wp:shortcode -->',
  '<!-- wp:kyr-widgets/know-your-rights {"hotline":"new-americans","headingLevel":3} /-->',
  `<!-- wp:kyr-widgets/know-your-rights ${JSON.stringify({ hotline: 'partner', ...PARTNER })} /-->`,
  '<!-- wp:kyr-widgets/know-your-rights {"element":"rights-summary","compact":true} /-->',
  '<!-- wp:kyr-widgets/know-your-rights {"element":"detainer-explainer","sections":["definition","figures"],"headingLevel":4} /-->',
  '<!-- wp:kyr-widgets/know-your-rights {"element":"language-picker"} /-->',
].join('\n\n');

test('an Editor, without unfiltered_html, publishes a post with every shortcode and the block, kept as written', async () => {
  const post = await publish('editor', 'Know your rights', everyWidget);
  assert.equal(post.unfiltered_html, false, 'an Editor on this site must not have unfiltered_html');
  assert.equal(post.saved, everyWidget, 'kses changed the shortcodes or the blocks');
  ids.post = post.id;
});

/** What the post above shows, in page order. */
const expectedWidgets = [
  { tag: 'kyr-language-picker', attributes: {} },
  { tag: 'kyr-hotline-card', attributes: { hotline: '311' } },
  { tag: 'kyr-rights-summary', attributes: { 'heading-level': '3' } },
  { tag: 'kyr-detainer-explainer', attributes: { sections: 'decision timeline' } },
  { tag: 'kyr-hotline-card', attributes: { hotline: 'new-americans', 'heading-level': '3' } },
  { tag: 'kyr-hotline-card', attributes: { name: PARTNER.name, phone: PARTNER.phone, agency: PARTNER.agency, hours: PARTNER.hours, description: PARTNER.description }, partner: true },
  { tag: 'kyr-rights-summary', attributes: { compact: '' } },
  { tag: 'kyr-detainer-explainer', attributes: { sections: 'definition figures', 'heading-level': '4' } },
  { tag: 'kyr-language-picker', attributes: {} },
];

test('the published post shows every widget, served from the site itself, with no console error or warning', async () => {
  const { page, problems, requests, html, close } = await visit(`/?p=${ids.post}`);
  try {
    const shown = await widgets(page);
    assert.equal(shown.length, expectedWidgets.length);
    shown.forEach((widget, i) => {
      const expected = expectedWidgets[i];
      assert.equal(widget.tag, expected.tag);
      for (const [name, value] of Object.entries(expected.attributes)) assert.equal(widget.attributes[name], value, `${widget.tag} ${name}`);
      assert.equal(widget.lang, 'en');
      assert.ok(widget.text.length > 20, `${widget.tag} rendered nothing`);
    });
    assert.match(shown[1].heading, /311/);
    assert.match(shown[5].heading, /Example Legal Aid/);
    assert.match(shown[5].text, /\(212\) 555-0100/);
    assert.equal(await page.locator('kyr-hotline-card').nth(1).locator('h3').count(), 1, 'heading-level 3 gives an h3');
    assert.deepEqual(problems, []);
    const origin = new URL(wp.url).origin;
    assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), [], 'requests to other hosts');
    const kit = requests.filter((url) => /\/kyr-widgets\/kit\/kyr-widgets\.js/.test(url));
    assert.equal(kit.length, 1, 'the kit is loaded once');
    assert.match(html, /<script type="module" src=(["'])[^"']*\/wp-content\/plugins\/kyr-widgets\/kit\/kyr-widgets\.js\?ver=[^"']*\1/);
    assert.doesNotMatch(html, /kyr-widgets\.standalone\.js/);
    // The built-in variants come prerendered; the partner's own line has the fallback content.
    assert.equal((html.match(/<template shadowroot="open" shadowrootmode="open">/g) ?? []).length, expectedWidgets.length - 1);
    assert.match(html, /<kyr-hotline-card class="kyr-fallback wp-block-kyr-widgets-know-your-rights" name="Example Legal Aid"/);
    await assertPhpClean();
  } finally {
    await close();
  }
});

test('with JavaScript off the widgets are already there, the same size, and nothing shifts when the script runs', async () => {
  const off = await visit(`/?p=${ids.post}`, { javaScript: false });
  const on = await visit(`/?p=${ids.post}`);
  try {
    const boxes = async (page) => {
      const all = [];
      for (const el of await page.locator(TAGS.join(', ')).all()) all.push({ tag: await el.evaluate((node) => node.localName), box: await el.boundingBox() });
      return all;
    };
    const before = await boxes(off.page);
    await widgets(on.page);
    const afterBoxes = await boxes(on.page);
    assert.equal(before.length, expectedWidgets.length);
    before.forEach(({ tag, box }, i) => {
      // The partner's own line is not prerendered: its fallback reserves the README's estimate, not the pixel.
      if (expectedWidgets[i].partner) return;
      assert.ok(Math.abs(box.height - afterBoxes[i].box.height) <= 1, `${tag} #${i}: ${box.height}px with JavaScript off, ${afterBoxes[i].box.height}px on`);
    });
    // The reader with JavaScript off reads the prerendered text.
    assert.match(await off.page.locator('kyr-rights-summary').first().locator('h3').textContent(), /Your rights/);
    const shift = await on.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(window.kyrLayoutShift), 300))));
    assert.ok(shift <= 0.01, `cumulative layout shift ${shift}`);
  } finally {
    await off.close();
    await on.close();
  }
});

test('a page without a widget loads none of the kit', async () => {
  const page = await publish('editor', 'About us', '<!-- wp:paragraph --><p>We help our neighbors.</p><!-- /wp:paragraph -->', 'pages');
  const { html, requests, close } = await visit(`/?page_id=${page.id}`);
  await close();
  assert.doesNotMatch(html, /kyr-widgets/);
  assert.deepEqual(requests.filter((url) => url.includes('kyr-widgets')), []);
});

test("the_content's filters (texturize, smilies, shortcodes) leave every prerendered variant as the build wrote it", async () => {
  const result = await wp.php(
    `$dir = WP_PLUGIN_DIR . '/kyr-widgets/prerendered/';
     $styles = include $dir . 'styles.php';
     $GLOBALS['test_locale'] = 'en';
     add_filter( 'kyr_widgets_locale', static function () { return $GLOBALS['test_locale']; } );
     $checked = 0; $bad = array();
     foreach ( KyrWidgets\\locales() as $locale ) {
       $GLOBALS['test_locale'] = $locale;
       foreach ( glob( $dir . $locale . '/*.php' ) as $file ) {
         $parts = explode( '.', basename( $file, '.php' ) );
         $element = $parts[0];
         $level = isset( $parts[1] ) ? (int) substr( $parts[1], 1 ) : 2;
         foreach ( include $file as $key => $inner ) {
           $key = (string) $key; // PHP keeps '311' as an integer key.
           $block = array( 'element' => $element );
           $shortcode = '[kyr_' . str_replace( '-', '_', $element );
           if ( 'language-picker' !== $element && 2 !== $level ) { $block['headingLevel'] = $level; $shortcode .= ' heading-level="' . $level . '"'; }
           if ( 'hotline-card' === $element ) { $block['hotline'] = $key; $shortcode .= ' hotline="' . $key . '"'; }
           if ( 'compact' === $key ) { $block['compact'] = true; $shortcode .= ' compact'; }
           if ( 'detainer-explainer' === $element && 'all' !== $key ) { $block['sections'] = explode( '+', $key ); $shortcode .= ' sections="' . str_replace( '+', ' ', $key ) . '"'; }
           if ( 'rights-summary' === $element && ! in_array( $key, array( 'full', 'compact' ), true ) ) { $block['rightsSections'] = explode( '+', $key ); $shortcode .= ' sections="' . str_replace( '+', ' ', $key ) . '"'; }
           $expected = str_replace( '<!--kyr:style-->', $styles[ KyrWidgets\\element_tag( $element ) ], $inner );
           foreach ( array( 'block' => '<!-- wp:kyr-widgets/know-your-rights ' . wp_json_encode( $block ) . ' /-->', 'shortcode' => $shortcode . ']' ) as $kind => $content ) {
             $html = apply_filters( 'the_content', $content );
             if ( false === strpos( $html, '>' . $expected . '</' ) ) { $bad[] = "$locale " . basename( $file ) . " $key ($kind)"; }
             $checked++;
           }
         }
       }
     }
     echo wp_json_encode( array( 'checked' => $checked, 'bad' => array_slice( $bad, 0, 20 ) ) );`,
    { json: true },
  );
  assert.deepEqual(result.bad, []);
  // Per locale and heading level: 3 hotline cards, the rights summary full, compact and its 6 partial section sets, 15 explainer section sets; and the picker.
  assert.equal(result.checked, 2 * 12 * (5 * (3 + 8 + 15) + 1));
  await assertPhpClean();
});

test("a block prints its fallback rather than prerendered HTML that another plugin's shortcode would change", async () => {
  // The prerendered styles hold `[hidden]`; a plugin with a [hidden] shortcode would rewrite them in a block's output.
  const html = await wp.php(
    `add_shortcode( 'hidden', static function () { return 'changed'; } );
     echo apply_filters( 'the_content', '<!-- wp:kyr-widgets/know-your-rights /-->' ) . apply_filters( 'the_content', '[kyr_rights_summary]' );`,
  );
  const [block, shortcode] = html.split('<kyr-rights-summary');
  assert.match(block, /<!-- kyr-widgets: prerendered HTML left out: another plugin registered a shortcode named like a word in it. -->/);
  assert.match(block, /<kyr-hotline-card class="kyr-fallback wp-block-kyr-widgets-know-your-rights" hotline="actionnyc"><span>ActionNYC Hotline/);
  assert.doesNotMatch(block, /changed/);
  // A shortcode's output is not searched for shortcodes again: it keeps its prerendered HTML.
  assert.match(shortcode, /shadowrootmode="open"/);
  assert.doesNotMatch(shortcode, /changed/);
});

// ---------------------------------------------------------------------------------------------
// Language

test("WordPress's locales and language tags map to the kit's twelve languages, as the element maps them (one table)", async () => {
  const cases = JSON.parse(await readFile(join(root, 'test/fixtures/locale-tags.json'), 'utf8'));
  const table = { ...cases.both, ...cases.wordpress };
  const mapped = await wp.php(`echo wp_json_encode( array_map( 'KyrWidgets\\\\match_locale', json_decode( ${phpString(JSON.stringify(Object.keys(table)))} ) ) );`, { json: true });
  assert.deepEqual(Object.fromEntries(Object.keys(table).map((key, i) => [key, mapped[i]])), table);
});

test("a partner's phone number is read as the element reads it (one table of written numbers)", async () => {
  const cases = JSON.parse(await readFile(join(root, 'test/fixtures/phone-numbers.json'), 'utf8'));
  const written = [...cases.dialable.map(([number]) => number), ...cases.refused];
  const parsed = await wp.php(`echo wp_json_encode( array_map( 'KyrWidgets\\\\parse_phone', json_decode( ${phpString(JSON.stringify(written))} ) ) );`, { json: true });
  const expected = [...cases.dialable.map(([, display, href]) => ({ display, href })), ...cases.refused.map(() => null)];
  assert.deepEqual(Object.fromEntries(written.map((number, i) => [number, parsed[i]])), Object.fromEntries(written.map((number, i) => [number, expected[i]])));
});

test("a picker's locales take regional tags as the element does (es-MX → es, zh-TW → zh-Hant)", async () => {
  const [clean, notes] = await wp.php(`echo wp_json_encode( KyrWidgets\\clean_attributes( 'language-picker', array( 'locales' => 'es-MX zh-TW EN de' ) ) );`, { json: true });
  assert.equal(clean.locales, 'es zh-Hant en');
  assert.deepEqual(notes, [`locales: unknown languages dropped; use codes from: ${JSON.parse(await readFile(join(root, 'dist/kit.json'), 'utf8')).locales.map(({ code }) => code).join(' ')}.`]);
});

test("a multilingual plugin's <html lang> sets the widgets' language (zh-TW → zh-Hant, ar → right to left)", async () => {
  try {
    for (const [lang, locale, dir] of [['zh-TW', 'zh-Hant', 'ltr'], ['ar', 'ar', 'rtl']]) {
      await setOption('test_html_lang', lang);
      const { page, problems, html, close } = await visit(`/?p=${ids.post}`);
      try {
        assert.match(html, new RegExp(`<html[^>]* lang="${lang}"`));
        const shown = await widgets(page);
        for (const widget of shown) {
          assert.equal(widget.lang, locale, `${widget.tag} on <html lang="${lang}">`);
          assert.equal(widget.dir, dir);
        }
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    }
  } finally {
    await setOption('test_html_lang', null);
  }
});

test("a site language the kit does not speak gets the fallback content, and each reader's browser chooses", async () => {
  await setOption('WPLANG', 'de_DE');
  try {
    const { page, problems, html, close } = await visit(`/?p=${ids.post}`, { locale: 'es-ES' });
    try {
      assert.doesNotMatch(html, /shadowrootmode/);
      assert.match(html, /<kyr-hotline-card class="kyr-fallback" hotline="311"><span>If ICE is at your home or someone has been detained, call <a href="tel:311">311<\/a>.<\/span><\/kyr-hotline-card>/);
      assert.doesNotMatch(html, /rel="modulepreload"/);
      const shown = await widgets(page);
      for (const widget of shown) assert.equal(widget.lang, 'es', `${widget.tag} follows the browser's Spanish`);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  } finally {
    await setOption('WPLANG', '');
  }
});

test('on a Spanish site every widget is in Spanish, from the first paint', async () => {
  await setOption('WPLANG', 'es_ES');
  try {
    const es = await spanish();
    const { page, problems, html, requests, close } = await visit(`/?p=${ids.post}`, { width: 375, height: 800, locale: 'en-US' });
    try {
      assert.match(html, /<html[^>]* lang="es-ES"/);
      // The language file comes with the script, not after it.
      const locales = JSON.parse(await readFile(join(root, 'dist/locales.json'), 'utf8'));
      assert.ok(html.includes(`<link rel="modulepreload" href="${wp.url}/wp-content/plugins/kyr-widgets/kit/${locales.es}" />`), 'modulepreload of the Spanish file');
      // Before any script: the prerendered HTML is Spanish.
      for (const title of [es['rights.title'], es['detainer.title'], es['hotline.new-americans.name'], es['picker.label']]) assert.ok(html.includes(title), `prerendered "${title}"`);
      const shown = await widgets(page);
      assert.equal(shown.length, expectedWidgets.length);
      for (const widget of shown) assert.equal(widget.lang, 'es', widget.tag);
      assert.equal(shown[2].heading, es['rights.title']);
      assert.equal(shown[4].heading, es['hotline.new-americans.name']);
      assert.equal(await page.locator('kyr-language-picker').first().locator('select').inputValue(), 'es');
      assert.ok(!shown.some((widget) => /Your rights in New York City|ICE detainers in New York City|Save contact/.test(widget.text)), 'English left in a widget');
      assert.equal(requests.filter((url) => url.includes('/kit/locales/')).length, 1, 'one language file');
      assert.deepEqual(problems, []);
      await page.screenshot({ path: join(shots, 'post-es-375-top.png') });
      // The whole post: a viewport as tall as the page, so that sections drawn only near the
      // viewport (content-visibility: auto) are in the picture.
      await page.setViewportSize({ width: 375, height: await page.evaluate(() => document.documentElement.scrollHeight) });
      await page.setViewportSize({ width: 375, height: await page.evaluate(() => document.documentElement.scrollHeight) });
      await page.screenshot({ path: join(shots, 'post-es-375.png') });
      await assertPhpClean();
    } finally {
      await close();
    }
  } finally {
    await setOption('WPLANG', '');
  }
});

// ---------------------------------------------------------------------------------------------
// Hostile input

const payloads = [
  '"><script>window.kyrXss=1</script>',
  "'><img src=x onerror=window.kyrXss=2>",
  'javascript:window.kyrXss=3',
  '</kyr-hotline-card><svg onload=window.kyrXss=4>',
  '&quot;&gt;&lt;script&gt;window.kyrXss=5&lt;/script&gt;',
  '" onmouseover="window.kyrXss=6" x="',
];
const hostileAttributes = {
  kyr_hotline_card: ['hotline', 'name', 'phone', 'agency', 'hours', 'description', 'heading-level', 'onclick'],
  kyr_rights_summary: ['compact', 'sections', 'heading-level', 'style'],
  kyr_detainer_explainer: ['sections', 'heading-level', 'class'],
  kyr_language_picker: ['locales', 'lang'],
};
const quoted = (name, value) => (value.includes('"') ? `${name}='${value}'` : `${name}="${value}"`);
const hostileShortcodes = Object.entries(hostileAttributes)
  .flatMap(([shortcode, names]) =>
    names.flatMap((name) =>
      payloads.map((payload) => {
        // Partner text reaches the card only with a phone number beside it.
        const phone = ['name', 'agency', 'hours', 'description'].includes(name) ? ` phone="${PARTNER.phone}"` : '';
        return `[${shortcode} ${quoted(name, payload)}${phone}]`;
      }),
    ),
  )
  .join('\n\n');

/** Visits a page of hostile widgets and checks that nothing ran and nothing came out raw. */
async function assertInert(path, rawNeedles) {
  const { page, problems, dialogs, html, close } = await visit(path);
  try {
    const shown = await widgets(page);
    assert.ok(shown.length > 0);
    const found = await page.evaluate(() => {
      const content = document.querySelector('.wp-block-post-content, .entry-content') ?? document.body;
      const links = [];
      const visitRoot = (rootNode) => {
        for (const el of rootNode.querySelectorAll('*')) {
          if (el.shadowRoot) visitRoot(el.shadowRoot);
          const href = el.getAttribute('href');
          if (href && /^\s*javascript:/i.test(href)) links.push(href);
        }
      };
      visitRoot(content);
      return {
        ran: Object.keys(window).filter((key) => key === 'kyrXss'),
        injected: [...content.querySelectorAll('script, img, svg, iframe, [onerror], [onload], [onclick], [onmouseover], [style]')].map((el) => el.outerHTML.slice(0, 120)),
        links,
      };
    });
    // Hover everything, in case a handler slipped through.
    for (const tag of TAGS) for (const el of (await page.locator(tag).all()).slice(0, 5)) await el.hover({ trial: false }).catch(() => {});
    assert.deepEqual(found.ran, [], 'a payload ran');
    assert.deepEqual(await page.evaluate(() => window.kyrXss), undefined);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(found.injected, [], 'markup from an attribute reached the page');
    assert.deepEqual(found.links, [], 'a javascript: link');
    for (const needle of rawNeedles) assert.ok(!html.includes(needle), `printed raw: ${needle}`);
    assert.deepEqual(problems, []);
    return html;
  } finally {
    await close();
  }
}
const rawPayloads = payloads.filter((payload) => /[<>"']/.test(payload) && !payload.startsWith('&'));

test('an XSS payload in each attribute of each shortcode runs nothing and is not printed raw (author with unfiltered_html)', async () => {
  const post = await publish('admin', 'Hostile shortcodes', hostileShortcodes);
  assert.equal(post.unfiltered_html, true);
  assert.equal(post.saved, hostileShortcodes, 'the payloads reach the shortcodes unfiltered');
  const html = await assertInert(`/?p=${post.id}`, rawPayloads);
  // Each dropped value is explained, without the value.
  const comments = html.match(/<!-- kyr-widgets: [^>]*-->/g) ?? [];
  assert.ok(comments.length >= 60, `${comments.length} comments`);
  // A comment names the attribute and the rule, never the value.
  for (const comment of comments) assert.match(comment, /^<!-- kyr-widgets: [a-z0-9_-]+[A-Za-z0-9 ,.:;()="+'/_-]* -->$/);
  for (const comment of comments) assert.doesNotMatch(comment, /kyrXss|javascript:/i);
  assert.ok(comments.includes('<!-- kyr-widgets: hotline dropped: use actionnyc, new-americans or 311. -->'));
  assert.ok(comments.includes('<!-- kyr-widgets: onclick dropped: kyr-hotline-card has no such attribute. -->'));
  assert.ok(comments.includes('<!-- kyr-widgets: name dropped: it contains HTML; write plain text. -->'));
  assert.ok(comments.some((c) => c.startsWith('<!-- kyr-widgets: phone dropped: not a number that can be dialled')));
  assert.ok(comments.includes('<!-- kyr-widgets: heading-level dropped: use a whole number from 2 to 6. -->'));
  await assertPhpClean();
});

test('the same payloads written by an Editor (kses first) run nothing and are not printed raw', async () => {
  const post = await publish('editor', 'Hostile shortcodes by an Editor', hostileShortcodes);
  await assertInert(`/?p=${post.id}`, rawPayloads);
  await assertPhpClean();
});

test("hostile block attributes run nothing, are not printed raw, and a partner's [shortcode] text stays text", async () => {
  const blocks = [
    { element: '<script>window.kyrXss=7</script>' },
    { hotline: 'partner', name: '"><script>window.kyrXss=8</script>', phone: PARTNER.phone },
    { hotline: 'partner', name: 'A line', phone: 'javascript:window.kyrXss=9' },
    { headingLevel: '3"><img src=x onerror=window.kyrXss=10>' },
    { className: 'x" onmouseover="window.kyrXss=11' },
    { element: 'detainer-explainer', sections: ['<img src=x onerror=window.kyrXss=12>'] },
    { hotline: '311"><script>window.kyrXss=13</script>' },
    { hotline: 'partner', name: '[kyr_rights_summary]', phone: PARTNER.phone },
  ];
  const content = blocks.map((attrs) => `<!-- wp:kyr-widgets/know-your-rights ${JSON.stringify(attrs)} /-->`).join('\n\n');
  const post = await publish('admin', 'Hostile blocks', content);
  const html = await assertInert(`/?p=${post.id}`, [
    '<script>window.kyrXss',
    'onerror=window.kyrXss',
    'x" onmouseover',
  ]);
  assert.match(html, /name="&#91;kyr_rights_summary&#93;"/);
  assert.equal((html.match(/<kyr-rights-summary/g) ?? []).length, 0, 'the [shortcode] in a name ran');
  await assertPhpClean();
});

test("an Editor's invisible direction characters are removed from a partner's text: a name cannot show other digits than the number dialled", async () => {
  // U+202E reverses what follows it: the heading would read "Call (212) 555-0100" while the link dials 311.
  const post = await publish('editor', 'Direction characters', '[kyr_hotline_card name="Call \u202e0010-555 (212)" agency="\u2067Example\u2069 Center" phone="311"]');
  const { page, problems, html, close } = await visit(`/?p=${post.id}`);
  try {
    const card = html.slice(html.indexOf('<kyr-hotline-card'), html.indexOf('</kyr-hotline-card>'));
    assert.ok(card.length > 0, 'the card is on the page');
    assert.doesNotMatch(card, /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/, 'no direction character reaches the page');
    assert.match(html, /<!-- kyr-widgets: name: invisible direction characters removed \(they can make text read in another order than it is written\)\. -->/);
    const [shown] = await widgets(page);
    assert.equal(shown.heading, 'Call 0010-555 (212)');
    assert.match(shown.text, /Example Center/);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
  await assertPhpClean();
});

test("an Editor's doubly encoded markup is dropped, and a partner's \":)\" stays text in the fallback, not an emoji image from another site", async () => {
  const content = [
    '[kyr_hotline_card name="&amp;lt;img src=x&amp;gt; Help" phone="311"]',
    '[kyr_hotline_card name="Queens help line :)" phone="(718) 555-0142"]',
  ].join('\n\n');
  const post = await publish('editor', 'Entities and smilies', content);
  const { html: withScript, close } = await visit(`/?p=${post.id}`);
  await close();
  assert.match(withScript, /<!-- kyr-widgets: name dropped: it contains HTML; write plain text\. -->/);
  assert.doesNotMatch(withScript, /&lt;img src=x&gt; Help|<img src=x/);
  const { page, html, close: closeNoScript } = await visit(`/?p=${post.id}`, { javaScript: false });
  try {
    const cards = html.split('<kyr-hotline-card').slice(1).map((part) => part.slice(0, part.indexOf('</kyr-hotline-card>')));
    assert.equal(cards.length, 2);
    for (const card of cards) assert.doesNotMatch(card, /<img|s\.w\.org|wp-smiley/, 'no emoji image in a card');
    const fallbackText = await page.evaluate(() => [...document.querySelectorAll('kyr-hotline-card')].map((el) => el.textContent.replace(/\s+/g, ' ').trim()));
    assert.ok(fallbackText.some((text) => text.includes('Queens help line :)')), JSON.stringify(fallbackText));
  } finally {
    await closeNoScript();
  }
  await assertPhpClean();
});

// ---------------------------------------------------------------------------------------------
// Settings and translations

test('the settings screen sets the default hotline and the theme preset', async () => {
  const post = await publish('editor', 'Default hotline', '<!-- wp:shortcode -->[kyr_hotline_card]<!-- /wp:shortcode -->\n\n<!-- wp:kyr-widgets/know-your-rights /-->');
  const admin = await visit('/wp-admin/options-general.php?page=kyr-widgets', { login: 'admin' });
  try {
    assert.equal(await admin.page.locator('h1').textContent(), 'Know your rights widgets');
    await admin.page.selectOption('#kyr_widgets_default_hotline', '311');
    await admin.page.selectOption('#kyr_widgets_theme', 'dark');
    await Promise.all([admin.page.waitForURL(/settings-updated=true/), admin.page.click('#submit')]);
    assert.equal(await admin.page.locator('#kyr_widgets_default_hotline').inputValue(), '311');
    assert.deepEqual(admin.problems, []);
  } finally {
    await admin.close();
  }
  const { page, html, problems, close } = await visit(`/?p=${post.id}`);
  try {
    const shown = await widgets(page);
    assert.deepEqual(shown.map((w) => w.attributes.hotline), ['311', '311']);
    assert.deepEqual(shown.map((w) => w.attributes.class.split(' ').includes('kyr-theme-dark')), [true, true]);
    assert.match(html, /<link rel='stylesheet' id='kyr-widgets-theme-dark-css' href='[^']*\/kit\/themes\/dark\.css/);
    const surface = await page.evaluate(() => getComputedStyle(document.querySelector('kyr-hotline-card').shadowRoot.querySelector('.surface')).backgroundColor);
    assert.equal(surface, 'rgb(26, 29, 33)', 'the dark preset colors the card');
    assert.deepEqual(problems, []);
  } finally {
    await close();
    await setOption('kyr_widgets_settings', null);
  }
  await assertPhpClean();
});

test('settings keep only known values', async () => {
  const stored = await wp.php(
    `update_option( 'kyr_widgets_settings', array( 'default_hotline' => '"><script>x</script>', 'theme' => '../../wp-config', 'extra' => 'x' ) );
     echo wp_json_encode( array( get_option( 'kyr_widgets_settings' ), KyrWidgets\\settings() ) );`,
    { json: true },
  );
  // register_setting()'s sanitize callback runs in wp-admin; settings() checks again wherever the option came from.
  assert.deepEqual(stored[1], { default_hotline: 'actionnyc', theme: '' });
  await setOption('kyr_widgets_settings', null);
});

test("the plugin's admin strings are translatable: its text domain loads, and the .pot lists the screen's and the block's strings", async () => {
  const pot = await wp.php(`echo file_get_contents( WP_PLUGIN_DIR . '/kyr-widgets/languages/kyr-widgets.pot' );`);
  for (const text of ['Know your rights widgets', 'Default hotline', 'Theme preset', 'Your own hotline', 'Heading level']) assert.ok(pot.includes(`msgid "${text}"`), text);
  assert.match(pot, /msgctxt "block title"\nmsgid "Know your rights"/);
  // A translation dropped in languages/ is used (WordPress reads the plugin's Domain Path).
  const mo = `${wp.root}/wp-content/plugins/kyr-widgets/languages/kyr-widgets-es_ES.mo`;
  await wp.php(
    `$mo = new MO();
     $mo->add_entry( new Translation_Entry( array( 'singular' => 'Default hotline', 'translations' => array( 'Línea de ayuda predeterminada' ) ) ) );
     $mo->export_to_file( ${phpString(mo)} );
     update_option( 'WPLANG', 'es_ES' );`,
  );
  let translated;
  try {
    translated = await wp.php(`echo __( 'Default hotline', 'kyr-widgets' );`);
  } finally {
    await wp.php(`unlink( ${phpString(mo)} ); update_option( 'WPLANG', '' );`);
  }
  assert.equal(translated, 'Línea de ayuda predeterminada');
});

/**
 * The entries of a .po/.pot text: "context\u0004msgid" → translator comment ('' when none), for the
 * header's empty msgid left out. Continuation lines ("…") join the string before them.
 */
function potEntries(text) {
  const entries = new Map();
  for (const block of text.split(/\n{2,}/)) {
    const fields = {};
    let field;
    let comment = '';
    for (const line of block.split('\n')) {
      const keyword = /^(msgctxt|msgid|msgstr)\s+"(.*)"$/.exec(line);
      if (keyword) {
        field = keyword[1];
        fields[field] = keyword[2];
      } else if (/^"(.*)"$/.test(line) && field) fields[field] += line.slice(1, -1);
      else if (line.startsWith('#. ')) comment += (comment ? ' ' : '') + line.slice(3);
    }
    if (fields.msgid) entries.set(`${fields.msgctxt ?? ''}\u0004${fields.msgid}`, comment);
  }
  return entries;
}

test("the .pot lists what GNU xgettext (wp-cli's make-pot is not packaged here) finds in the plugin's PHP and JavaScript, with the translators' comments", async () => {
  const { execFileSync } = await import('node:child_process');
  const plugin = join(wp.root, 'wp-content/plugins/kyr-widgets');
  const files = (await wp.php(`echo implode( "\\n", array_merge( glob( WP_PLUGIN_DIR . '/kyr-widgets/*.php' ), glob( WP_PLUGIN_DIR . '/kyr-widgets/{includes,block}/*.{php,js}', GLOB_BRACE ) ) );`)).split('\n');
  assert.ok(files.some((file) => file.endsWith('block/index.js')) && files.some((file) => file.endsWith('includes/settings.php')), files.join(', '));
  // WordPress's gettext functions; the text domain (the last argument) is not part of the message.
  const keywords = ['__', '_e', 'esc_html__', 'esc_html_e', 'esc_attr__', 'esc_attr_e', '_x:1,2c', 'esc_html_x:1,2c', 'esc_attr_x:1,2c', '_ex:1,2c', '_n:1,2', '_nx:1,2,4c'];
  const extracted = new Map();
  for (const language of ['PHP', 'JavaScript']) {
    const ofLanguage = files.filter((file) => (language === 'PHP' ? file.endsWith('.php') : file.endsWith('.js')));
    const out = execFileSync('xgettext', [`--language=${language}`, '--from-code=UTF-8', '--add-comments=translators:', '--no-wrap', '-o', '-', ...keywords.map((k) => `--keyword=${k}`), ...ofLanguage], { encoding: 'utf8' });
    for (const [key, comment] of potEntries(out)) extracted.set(key, comment || extracted.get(key) || '');
  }
  const pot = potEntries(await readFile(join(plugin, 'languages/kyr-widgets.pot'), 'utf8'));
  // block.json and the plugin header are not code: the build adds them as make-pot does (contexts "block title", …, and the header's fields),
  // and the hotlines' names from kit.json, which settings.php translates.
  const fromKit = [...pot].filter(([, comment]) => comment === "A hotline's name (the kit's kit.json)").map(([key]) => key.split('\u0004')[1]);
  assert.deepEqual(fromKit.sort(), ['ActionNYC Hotline', 'New Americans Hotline']);
  const fromCode = new Map([...pot].filter(([key, comment]) => !['block title', 'block description', 'block keyword'].some((context) => key.startsWith(`${context}\u0004`)) && !/^(Plugin Name|Description) of the plugin$|^A hotline's name/.test(comment)));
  assert.ok(extracted.size > 30, `xgettext found only ${extracted.size} strings`);
  assert.deepEqual([...fromCode.keys()].sort(), [...extracted.keys()].sort(), 'the .pot and xgettext list different strings');
  for (const [key, comment] of extracted) assert.equal(fromCode.get(key), comment, `translators' comment of ${JSON.stringify(key.split('\u0004')[1])}`);
});

// ---------------------------------------------------------------------------------------------
// The block editor

/**
 * The block editor's problems, less one of WordPress 6.1's own: with a block theme it asks for the
 * post's template, which an Editor may not read (HTTP 403, and the console's line about it).
 */
function editorProblems(problems) {
  const template = /^HTTP 403: .*\/wp-json\/wp\/v2\/templates\//;
  let forbidden = problems.filter((problem) => template.test(problem)).length;
  return problems.filter((problem) => {
    if (template.test(problem)) return false;
    if (forbidden > 0 && problem === 'error: Failed to load resource: the server responded with a status of 403 (Forbidden)') {
      forbidden -= 1;
      return false;
    }
    return true;
  });
}

test("in the editor, the block's previews are the real widgets", async () => {
  const { page, problems, close } = await visit(`/wp-admin/post.php?post=${ids.post}&action=edit`, { login: 'editor', width: 1280, height: 860 });
  try {
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('kyr-widgets/know-your-rights'), null, { timeout: 30_000 });
    await page.waitForFunction(
      () => [...document.querySelectorAll('.wp-block-kyr-widgets-know-your-rights .kyr-preview > *')].every((el) => el.shadowRoot?.querySelector('.root')),
      null,
      { timeout: 30_000 },
    );
    const previews = await page.evaluate(() =>
      [...document.querySelectorAll('.wp-block-kyr-widgets-know-your-rights .kyr-preview > *')].map((el) => ({
        tag: el.localName,
        heading: el.shadowRoot.querySelector('[part~="heading"]')?.textContent.trim(),
        lang: el.shadowRoot.querySelector('.root').getAttribute('lang'),
      })),
    );
    assert.deepEqual(previews.map((p) => p.tag), ['kyr-hotline-card', 'kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer', 'kyr-language-picker']);
    assert.equal(previews[0].heading, 'New Americans Hotline');
    assert.equal(previews[1].heading, PARTNER.name);
    assert.ok(previews.every((p) => p.lang === 'en'));
    assert.deepEqual(editorProblems(problems), []);
  } finally {
    await close();
  }
  await assertPhpClean();
});

test("in an iframed editor canvas (6.1's tablet preview; every editor from WordPress 7.0) the previews are the real widgets too, in the site's theme preset", async () => {
  await setOption('kyr_widgets_settings', { default_hotline: 'actionnyc', theme: 'dark' });
  const { page, problems, close } = await visit(`/wp-admin/post.php?post=${ids.post}&action=edit`, { login: 'editor', width: 1280, height: 860 });
  try {
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('kyr-widgets/know-your-rights'), null, { timeout: 30_000 });
    assert.equal(await page.evaluate(() => window.wp.blocks.getBlockType('kyr-widgets/know-your-rights').apiVersion), 3);
    await page.evaluate(() => window.wp.data.dispatch('core/edit-post').__experimentalSetPreviewDeviceType('Tablet'));
    const frame = await (await page.waitForSelector('iframe[name="editor-canvas"]', { timeout: 30_000 })).contentFrame();
    const previews = await canvasPreviews(frame);
    assert.deepEqual(previews.map((p) => p.tag), ['kyr-hotline-card', 'kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer', 'kyr-language-picker']);
    assert.equal(previews[0].heading, 'New Americans Hotline');
    assert.equal(previews[1].heading, PARTNER.name);
    assert.ok(previews.every((p) => p.lang === 'en'));
    // The dark preset's stylesheet reached the canvas: the preview's text color is the preset's.
    assert.equal(await frame.evaluate(() => getComputedStyle(document.querySelector('.kyr-preview > *')).getPropertyValue('--kyr-color-text').trim()), '#f1f3f5');
    await frame.evaluate(() => document.querySelector('.wp-block-kyr-widgets-know-your-rights').scrollIntoView());
    await page.screenshot({ path: join(shots, 'editor-iframe-tablet.png') });
    assert.deepEqual(editorProblems(problems), []);
  } finally {
    await close();
    await setOption('kyr_widgets_settings', null);
  }
  await assertPhpClean();
});

test('an Editor picks "Know your rights" in the inserter, sets it up in the sidebar, and the published post shows it', async () => {
  const post = await publish('editor', 'Need help?', '<!-- wp:paragraph --><p>If you or someone in your family needs help, these lines are free and confidential.</p><!-- /wp:paragraph -->');
  const { page, problems, close } = await visit(`/wp-admin/post.php?post=${post.id}&action=edit`, { login: 'editor', width: 1200, height: 800 });
  try {
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('kyr-widgets/know-your-rights'), null, { timeout: 30_000 });
    assert.equal(await page.evaluate(() => window.wp.blocks.getBlockType('kyr-widgets/know-your-rights').title), 'Know your rights');
    // Insert it from the inserter, as an author would.
    await page.click('.wp-block-post-content p, .block-editor-rich-text__editable >> nth=0').catch(() => {});
    await page.click('button[aria-label="Toggle block inserter"]');
    await page.fill('.block-editor-inserter__search input', 'Know your rights');
    await page.click('.block-editor-block-types-list__item:has-text("Know your rights")');
    const card = () => page.evaluate(() => {
      const el = document.querySelector('.wp-block-kyr-widgets-know-your-rights .kyr-preview > *');
      return el?.shadowRoot?.querySelector('.root') ? { tag: el.localName, hotline: el.getAttribute('hotline'), sections: el.getAttribute('sections'), h3: el.shadowRoot.querySelector('h3')?.textContent.trim() } : null;
    });
    await page.waitForFunction(() => document.querySelector('.wp-block-kyr-widgets-know-your-rights .kyr-preview > *')?.shadowRoot?.querySelector('.root'));
    assert.equal((await card()).hotline, 'actionnyc', 'a new card shows the site default');

    if (!(await page.locator('.interface-complementary-area').isVisible())) await page.click('button[aria-label="Settings"]');
    const sidebar = page.locator('.interface-complementary-area');
    // The explainer with one section, then back to a card: the preview follows each control.
    await sidebar.getByLabel('Widget').selectOption('detainer-explainer');
    await sidebar.getByLabel('Step-through: will the City hold someone for ICE?').check();
    await page.waitForFunction(() => document.querySelector('.wp-block-kyr-widgets-know-your-rights kyr-detainer-explainer')?.getAttribute('sections') === 'decision');
    await sidebar.getByLabel('Widget').selectOption('hotline-card');
    await sidebar.getByLabel('Hotline', { exact: true }).selectOption('new-americans');
    await sidebar.getByLabel('Heading level').selectOption('3');
    await page.waitForFunction(() => document.querySelector('.wp-block-kyr-widgets-know-your-rights kyr-hotline-card')?.shadowRoot?.querySelector('h3')?.textContent.includes('New Americans'));
    assert.deepEqual(await card(), { tag: 'kyr-hotline-card', hotline: 'new-americans', sections: null, h3: 'New Americans Hotline' });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(shots, 'editor-block.png') });

    await page.click('.editor-post-publish-button');
    await page.waitForSelector('.components-snackbar', { timeout: 20_000 });
    assert.deepEqual(editorProblems(problems), []);
  } finally {
    await close();
  }
  const saved = await wp.php(`echo get_post_field( 'post_content', ${post.id} );`);
  // (The sections chosen while it was an explainer are kept, for when the author switches back; a card ignores them.)
  assert.match(saved, /<!-- wp:kyr-widgets\/know-your-rights \{"hotline":"new-americans",[^}]*"headingLevel":3\} \/-->/);
  const { page: published, problems: frontProblems, close: closeFront } = await visit(`/?p=${post.id}`);
  try {
    const shown = await widgets(published);
    assert.deepEqual(shown.map((w) => [w.tag, w.attributes.hotline, w.heading]), [['kyr-hotline-card', 'new-americans', 'New Americans Hotline']]);
    assert.deepEqual(frontProblems, []);
  } finally {
    await closeFront();
  }
  await assertPhpClean();
});

// ---------------------------------------------------------------------------------------------
// Leaving

test('the plugin deactivates and uninstalls cleanly: its option and files are gone, posts keep their text', async () => {
  await setOption('kyr_widgets_settings', { default_hotline: 'new-americans', theme: 'light' });
  const result = await wp.php(
    `require_once ABSPATH . 'wp-admin/includes/plugin.php';
     require_once ABSPATH . 'wp-admin/includes/file.php';
     wp_set_current_user( 1 );
     deactivate_plugins( '${PLUGIN}' );
     $active = is_plugin_active( '${PLUGIN}' );
     $deleted = delete_plugins( array( '${PLUGIN}' ) );
     global $wpdb;
     echo wp_json_encode( array(
       'active' => $active,
       'deleted' => is_wp_error( $deleted ) ? $deleted->get_error_message() : $deleted,
       'files' => file_exists( WP_PLUGIN_DIR . '/kyr-widgets' ),
       'options' => $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%kyr%'" ),
       'content' => get_post_field( 'post_content', ${ids.post} ),
     ) );`,
    { json: true },
  );
  assert.equal(result.active, false);
  assert.equal(result.deleted, true);
  assert.equal(result.files, false);
  assert.deepEqual(result.options, []);
  assert.match(result.content, /\[kyr_hotline_card hotline="311"\]/);
  assert.match(result.content, /<!-- wp:kyr-widgets\/know-your-rights \{"hotline":"new-americans","headingLevel":3\} \/-->/);
  const { html, problems, close } = await visit(`/?p=${ids.post}`);
  await close();
  assert.doesNotMatch(html, /kit\/kyr-widgets\.js/);
  assert.deepEqual(problems, []);
  await assertPhpClean();
});

test('PHP logged no warning, notice or error from start to end', async () => {
  await assertPhpClean();
  await writeFile(join(shots, 'php-debug.log'), await wp.debugLog());
});

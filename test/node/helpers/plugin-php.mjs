// Runs PHP code against the WordPress plugin's functions with php-cli, without WordPress: the
// plugin's includes are loaded with WordPress's hooks and translation functions as no-ops, and
// the plugin reads the kit.json given (as it reads kit/kit.json in the zip).
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const stubs = `namespace {
  define( 'ABSPATH', '/' );
  function add_action() {} function add_filter() {} function add_shortcode() {} function register_activation_hook() {}
  function __( $text ) { return $text; } function translate( $text ) { return $text; } function plugin_basename( $file ) { return basename( $file ); }
  function esc_html( $text ) { return htmlspecialchars( $text, ENT_QUOTES ); } function esc_attr( $text ) { return htmlspecialchars( $text, ENT_QUOTES ); } function esc_url( $url ) { return $url; }
}`;

/**
 * The JSON the PHP code echoes, run with the plugin's includes from `pluginDir` loaded.
 *
 * @param {string} pluginDir integrations/wordpress of a checkout
 * @param {string} kitJson the kit.json text the plugin reads
 * @param {string} code PHP statements in namespace KyrWidgets that echo JSON
 */
export async function pluginPhp(pluginDir, kitJson, code) {
  const dir = await mkdtemp(join(tmpdir(), 'kyr-plugin-php-'));
  try {
    await mkdir(join(dir, 'kit'));
    await writeFile(join(dir, 'kit/kit.json'), kitJson);
    const includes = ['locale', 'attributes', 'settings', 'assets', 'render'].map((name) => `require ${JSON.stringify(join(pluginDir, 'includes', `${name}.php`))};`).join('\n');
    const script = `<?php\n${stubs}\nnamespace KyrWidgets {\n  const PLUGIN_FILE = ${JSON.stringify(join(dir, 'kyr-widgets.php'))};\n  ${includes}\n  ${code}\n}\n`;
    await writeFile(join(dir, 'run.php'), script);
    const { stdout } = await promisify(execFile)('php', [join(dir, 'run.php')]);
    return JSON.parse(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

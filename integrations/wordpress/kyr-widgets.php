<?php
/**
 * Plugin Name:       Know Your Rights widgets
 * Description:       Know-your-rights widgets for immigrant New Yorkers, in twelve languages: a hotline card, the rights summary, the ICE-detainer explainer and a language picker. A "Know your rights" block and shortcodes; the widgets are served from your own site, with no third-party requests.
 * Version:           @version@
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * Author:            kyr-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       kyr-widgets
 * Domain Path:       /languages
 *
 * @package KyrWidgets
 */

namespace KyrWidgets;

defined( 'ABSPATH' ) || exit;

const VERSION = '@version@';
const PLUGIN_FILE = __FILE__;
const OPTION = 'kyr_widgets_settings';

require_once __DIR__ . '/includes/locale.php';
require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/settings.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'kyr-widgets', false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
	}
);

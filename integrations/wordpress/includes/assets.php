<?php
/**
 * Serving the kit from the site itself, only on pages that show a widget.
 *
 * The plugin loads the kit's ES module build (`kit/kyr-widgets.js`, `<script type="module">`, through
 * WordPress's Script Modules API where it has one, 6.5 and later):
 * 21 KB gzip for all four widgets in English, plus one language file of about 4 KB, which
 * the page preloads. The standalone build would be 51 KB with every language inside; a reader
 * on a phone pays for the difference. Modules are deferred, so the tag may sit in `<head>`.
 *
 * @package KyrWidgets
 */

namespace KyrWidgets;

defined( 'ABSPATH' ) || exit;

/** Script and style handles. */
const SCRIPT = 'kyr-widgets';
const STYLE  = 'kyr-widgets';

/**
 * The shortcodes, by the element each one shows: one per element of the kit, named after its tag
 * (`[kyr_hotline_card]` for `<kyr-hotline-card>`).
 *
 * @return array<string, string> Shortcode => element name.
 */
function shortcodes(): array {
	$shortcodes = array();
	foreach ( elements() as $element => $definition ) {
		$shortcodes[ str_replace( '-', '_', $definition['tag'] ) ] = $element;
	}
	return $shortcodes;
}

/** The block's name. */
const BLOCK = 'kyr-widgets/know-your-rights';

/**
 * A URL inside the kit shipped in the plugin (`kit/`, a copy of the kit's dist/).
 *
 * @param string $path Path inside kit/.
 */
function kit_url( string $path ): string {
	return plugins_url( 'kit/' . $path, PLUGIN_FILE );
}

/** Registers the kit's script and the styles, once. */
function register_assets(): void {
	if ( wp_script_is( SCRIPT, 'registered' ) ) {
		return;
	}
	// In <head> when enqueued early; WordPress prints it in the footer when a widget enqueues it later.
	wp_register_script( SCRIPT, kit_url( 'kyr-widgets.js' ), array(), VERSION, false );
	wp_register_style( STYLE, plugins_url( 'assets/kyr-widgets.css', PLUGIN_FILE ), array(), VERSION );
	foreach ( THEMES as $name => $theme ) {
		wp_register_style( "kyr-widgets-theme-$name", kit_url( 'themes/' . $theme['file'] ), array(), VERSION );
	}
}

/**
 * Whether WordPress loads ES modules itself: the Script Modules API (WordPress 6.5) prints
 * `<script type="module">` and preloads the module's static dependencies. Before 6.5 the kit is a
 * classic script handle that the script_loader_tag filter below turns into a module.
 */
function has_script_modules(): bool {
	return function_exists( 'wp_register_script_module' ) && function_exists( 'wp_enqueue_script_module' );
}

/**
 * Enqueues the kit as a script module, with the page's language file as a static dependency, so
 * WordPress preloads it (`<link rel="modulepreload">`) as the filter below does before 6.5.
 */
function enqueue_kit_module(): void {
	$dependencies = array();
	$chunk        = locale_chunk( page_locale() );
	if ( $chunk ) {
		$id = 'kyr-widgets/' . substr( $chunk, 0, -3 );
		// No version in its URL (null): the kit imports the file by its plain (hashed) name, and a
		// preload of another URL would be a second download.
		wp_register_script_module( $id, kit_url( $chunk ), array(), null );
		$dependencies[] = $id;
	}
	wp_register_script_module( SCRIPT, kit_url( 'kyr-widgets.js' ), $dependencies, VERSION );
	wp_enqueue_script_module( SCRIPT );
}

/** Enqueues the kit, its fallback styles and the theme preset. Called by every widget. */
function enqueue_assets(): void {
	register_assets();
	if ( has_script_modules() ) {
		enqueue_kit_module();
	} else {
		wp_enqueue_script( SCRIPT );
	}
	wp_enqueue_style( STYLE );
	$theme = settings()['theme'];
	if ( isset( THEMES[ $theme ] ) ) {
		wp_enqueue_style( "kyr-widgets-theme-$theme" );
	}
}

/**
 * Whether the post this request shows holds a widget, known before the page's <head> is
 * printed (so the styles go there). Widgets elsewhere (widget areas, archives) enqueue
 * themselves as they render.
 */
function page_has_widgets(): bool {
	if ( ! is_singular() ) {
		return false;
	}
	$post = get_queried_object();
	if ( ! $post instanceof \WP_Post ) {
		return false;
	}
	if ( has_block( BLOCK, $post ) ) {
		return true;
	}
	foreach ( array_keys( shortcodes() ) as $shortcode ) {
		if ( has_shortcode( $post->post_content, $shortcode ) ) {
			return true;
		}
	}
	return false;
}

add_action(
	'wp_enqueue_scripts',
	static function () {
		if ( page_has_widgets() ) {
			enqueue_assets();
		}
	}
);

/**
 * The ES build's file for a language (from kit/locales.json), or null for English.
 *
 * @param string|null $locale One of locales().
 */
function locale_chunk( ?string $locale ): ?string {
	static $chunks = null;
	if ( null === $chunks ) {
		$json   = file_get_contents( dirname( PLUGIN_FILE ) . '/kit/locales.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$chunks = is_string( $json ) ? (array) json_decode( $json, true ) : array();
	}
	$chunk = null !== $locale ? ( $chunks[ $locale ] ?? null ) : null;
	return is_string( $chunk ) && preg_match( '#^locales/[\w-]+\.js$#', $chunk ) ? $chunk : null;
}

add_filter(
	'script_loader_tag',
	static function ( $tag, $handle ) {
		if ( SCRIPT !== $handle || ! is_string( $tag ) ) {
			return $tag;
		}
		$tag   = (string) preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
		$tag   = (string) preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
		$chunk = locale_chunk( page_locale() );
		// The page's language file, fetched together with the script rather than after it.
		return ( $chunk ? '<link rel="modulepreload" href="' . esc_url( kit_url( $chunk ) ) . "\" />\n" : '' ) . $tag;
	},
	10,
	2
);

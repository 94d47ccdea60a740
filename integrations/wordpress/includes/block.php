<?php
/**
 * The "Know your rights" block: rendered in PHP (block/render.php calls render_block()),
 * previewed in the editor with the real widget (block/index.js in the editor's window and
 * block/canvas.js in its iframed canvas load the same kit).
 *
 * @package KyrWidgets
 */

namespace KyrWidgets;

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function () {
		$block = register_block_type( dirname( PLUGIN_FILE ) . '/block' );
		$handle = $block ? ( $block->editor_script_handles[0] ?? null ) : null;
		if ( $handle ) {
			wp_set_script_translations( $handle, 'kyr-widgets', dirname( PLUGIN_FILE ) . '/languages' );
		}
		// WordPress before 6.3 fills the iframed canvas with the blocks' own script and style
		// handles only (not with what enqueue_block_assets enqueues): the canvas's assets go there.
		if ( $block && is_admin() && version_compare( get_bloginfo( 'version' ), '6.3-alpha', '<' ) ) {
			$block->script_handles[] = register_canvas_assets();
			$theme                   = canvas_theme_style();
			if ( $theme ) {
				$block->editor_style_handles[] = $theme;
			}
		}
	}
);

/**
 * The block's HTML.
 *
 * @param array $attributes The block's attributes (block.json).
 */
function render_block( $attributes ): string {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$element    = $attributes['element'] ?? 'hotline-card';
	if ( null === element_tag( $element ) ) {
		return comment( 'element dropped: use ' . implode( ', ', array_keys( elements() ) ) . '.' );
	}
	$raw = array();
	switch ( $element ) {
		case 'hotline-card':
			$hotline = $attributes['hotline'] ?? '';
			if ( 'partner' === $hotline ) {
				foreach ( array( 'name', 'phone', 'agency', 'hours', 'description' ) as $name ) {
					if ( isset( $attributes[ $name ] ) && '' !== $attributes[ $name ] ) {
						$raw[ $name ] = $attributes[ $name ];
					}
				}
			} elseif ( '' !== $hotline ) {
				$raw['hotline'] = $hotline;
			}
			break;
		case 'rights-summary':
			if ( ! empty( $attributes['compact'] ) ) {
				$raw['compact'] = $attributes['compact'];
			} elseif ( ! empty( $attributes['rightsSections'] ) ) {
				$raw['sections'] = $attributes['rightsSections'];
			}
			break;
		case 'detainer-explainer':
			if ( ! empty( $attributes['sections'] ) ) {
				$raw['sections'] = $attributes['sections'];
			}
			break;
	}
	if ( 'language-picker' !== $element && isset( $attributes['headingLevel'] ) ) {
		$raw['heading-level'] = $attributes['headingLevel'];
	}
	return render_widget(
		$element,
		$raw,
		array(
			'in_block' => true,
			'wrapper'  => static function ( string $classes ): string {
				return get_block_wrapper_attributes( '' !== $classes ? array( 'class' => $classes ) : array() );
			},
		)
	);
}

add_action(
	'enqueue_block_editor_assets',
	static function () {
		$block  = \WP_Block_Type_Registry::get_instance()->get_registered( BLOCK );
		$handle = $block ? ( $block->editor_script_handles[0] ?? null ) : null;
		if ( ! $handle ) {
			return;
		}
		register_assets();
		$settings = settings();
		$theme    = THEMES[ $settings['theme'] ] ?? null;
		if ( $theme ) {
			wp_enqueue_style( 'kyr-widgets-theme-' . $settings['theme'] );
		}
		$data = array(
			// The same URL the front end loads, so the editor holds one copy of the kit.
			'kitUrl'         => add_query_arg( 'ver', VERSION, kit_url( 'kyr-widgets.js' ) ),
			// The preview speaks the site's language, as readers will see it.
			'locale'         => match_locale( get_locale() ),
			'defaultHotline' => $settings['default_hotline'],
			'elements'       => array_keys( elements() ),
			'hotlines'       => hotline_labels(),
			'themeClass'     => $theme ? $theme['class'] : '',
			// The phone rule's patterns (kit.json), so the editor says what the page will dial.
			'phone'          => kit()['phone'] ?? null,
			'sections'       => kit()['sections'] ?? array(),
		);
		wp_add_inline_script( $handle, 'window.kyrWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
	}
);

/**
 * Registers block/canvas.js, the kit's loader in the editor canvas, and returns its handle. Its
 * URL carries the preview's language: WordPress 6.1 copies no inline data into the canvas.
 */
function register_canvas_assets(): string {
	$handle = 'kyr-widgets-canvas';
	register_assets();
	if ( ! wp_script_is( $handle, 'registered' ) ) {
		$src = plugins_url( 'block/canvas.js', PLUGIN_FILE );
		// The preview speaks the site's language, as readers will see it.
		$locale = match_locale( get_locale() );
		wp_register_script( $handle, $locale ? add_query_arg( 'locale', $locale, $src ) : $src, array(), VERSION, false );
	}
	return $handle;
}

/** The style handle of the site's theme preset, registered, or null when the site uses none. */
function canvas_theme_style(): ?string {
	register_assets();
	$theme = settings()['theme'];
	return isset( THEMES[ $theme ] ) ? "kyr-widgets-theme-$theme" : null;
}

// From 6.3 WordPress copies what this action enqueues into the iframed canvas (and the editor's
// window gets it too, where block/index.js has loaded the same kit: one copy). Not on the front end.
add_action(
	'enqueue_block_assets',
	static function () {
		if ( ! is_admin() ) {
			return;
		}
		wp_enqueue_script( register_canvas_assets() );
		$theme = canvas_theme_style();
		if ( $theme ) {
			wp_enqueue_style( $theme );
		}
	}
);

<?php
/**
 * The "Know your rights" block: rendered in PHP (render_widget()), previewed in the editor
 * with the real widget (block/index.js loads the same kit).
 *
 * @package KyrWidgets
 */

namespace KyrWidgets;

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function () {
		$block = register_block_type( dirname( PLUGIN_FILE ) . '/block', array( 'render_callback' => __NAMESPACE__ . '\\render_block' ) );
		$handle = $block ? ( $block->editor_script_handles[0] ?? null ) : null;
		if ( $handle ) {
			wp_set_script_translations( $handle, 'kyr-widgets', dirname( PLUGIN_FILE ) . '/languages' );
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
	if ( ! is_string( $element ) || ! isset( ELEMENTS[ $element ] ) ) {
		return comment( 'element dropped: use hotline-card, rights-summary, detainer-explainer or language-picker.' );
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
			'hotlines'       => hotline_labels(),
			'themeClass'     => $theme ? $theme['class'] : '',
		);
		wp_add_inline_script( $handle, 'window.kyrWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
	}
);

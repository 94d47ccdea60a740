<?php
/**
 * [kyr_hotline_card], [kyr_rights_summary], [kyr_detainer_explainer], [kyr_language_picker].
 *
 * @package KyrWidgets
 */

namespace KyrWidgets;

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function () {
		foreach ( shortcodes() as $shortcode => $element ) {
			add_shortcode(
				$shortcode,
				static function ( $atts ) use ( $element ) {
					// Every attribute as written (shortcode_atts() would drop unknown ones silently).
					return render_widget( $element, is_array( $atts ) ? $atts : array() );
				}
			);
		}
	}
);

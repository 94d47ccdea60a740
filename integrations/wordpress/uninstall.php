<?php
/**
 * Removes what the plugin stored: its one option, on every site of a network.
 * The posts keep their shortcodes and blocks, as the author wrote them.
 *
 * @package KyrWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $kyr_widgets_site ) {
		switch_to_blog( $kyr_widgets_site );
		delete_option( 'kyr_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'kyr_widgets_settings' );
}

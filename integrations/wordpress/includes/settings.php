<?php
/**
 * Settings → Know your rights: the default hotline and the theme preset.
 *
 * @package KyrWidgets
 */

namespace KyrWidgets;

defined( 'ABSPATH' ) || exit;

/** The kit's theme presets (dist/themes/*.css) and the class each one styles. */
const THEMES = array(
	'light'           => array(
		'file'  => 'light.css',
		'class' => 'kyr-theme-light',
	),
	'dark'            => array(
		'file'  => 'dark.css',
		'class' => 'kyr-theme-dark',
	),
	'partner-example' => array(
		'file'  => 'partner-example.css',
		'class' => 'kyr-theme-partner',
	),
);

/**
 * Settings as stored, before an admin saves any: the kit's default hotline (kit.json).
 *
 * @return array{default_hotline: string, theme: string}
 */
function default_settings(): array {
	return array(
		'default_hotline' => kit()['hotlines']['default'],
		'theme'           => '',
	);
}

/**
 * The saved settings, each checked again (an option can be written by other code too).
 *
 * @return array{default_hotline: string, theme: string}
 */
function settings(): array {
	return sanitize_settings( get_option( OPTION, default_settings() ) );
}

/**
 * Keeps only known values; anything else falls back to the default.
 *
 * @param mixed $input The submitted or stored value.
 * @return array{default_hotline: string, theme: string}
 */
function sanitize_settings( $input ): array {
	$input = is_array( $input ) ? $input : array();
	$clean = default_settings();
	if ( isset( $input['default_hotline'] ) && in_array( $input['default_hotline'], hotline_ids(), true ) ) {
		$clean['default_hotline'] = $input['default_hotline'];
	}
	if ( isset( $input['theme'] ) && is_string( $input['theme'] ) && isset( THEMES[ $input['theme'] ] ) ) {
		$clean['theme'] = $input['theme'];
	}
	return $clean;
}

/**
 * The hotlines by name, for the settings screen and the block: the kit's names (kit.json), in
 * the site's language where the plugin's translations have them (the build puts them in the .pot).
 *
 * @return array<string, string> Hotline id => name.
 */
function hotline_labels(): array {
	$labels = array();
	foreach ( hotline_ids() as $id ) {
		$name          = kit()['hotlines']['about'][ $id ]['name'] ?? $id;
		$labels[ $id ] = translate( $name, 'kyr-widgets' ); // phpcs:ignore WordPress.WP.I18n -- the kit's names, listed in the .pot by the build.
	}
	return $labels;
}

/** The theme presets by name. */
function theme_labels(): array {
	return array(
		''                => __( 'None: the kit’s own colors (or your theme’s --kyr-* CSS properties)', 'kyr-widgets' ),
		'light'           => __( 'Light', 'kyr-widgets' ),
		'dark'            => __( 'Dark', 'kyr-widgets' ),
		'partner-example' => __( 'Partner example (purple, serif)', 'kyr-widgets' ),
	);
}

add_action(
	'admin_init',
	static function () {
		register_setting(
			'kyr_widgets',
			OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => __NAMESPACE__ . '\\sanitize_settings',
				'default'           => default_settings(),
			)
		);
		add_settings_section( 'kyr_widgets_main', '', '__return_false', 'kyr-widgets' );
		add_settings_field(
			'kyr_widgets_default_hotline',
			__( 'Default hotline', 'kyr-widgets' ),
			__NAMESPACE__ . '\\field_select',
			'kyr-widgets',
			'kyr_widgets_main',
			array(
				'label_for'   => 'kyr_widgets_default_hotline',
				'key'         => 'default_hotline',
				'choices'     => hotline_labels(),
				'description' => __( 'The hotline a card shows when the block or the shortcode names none.', 'kyr-widgets' ),
			)
		);
		add_settings_field(
			'kyr_widgets_theme',
			__( 'Theme preset', 'kyr-widgets' ),
			__NAMESPACE__ . '\\field_select',
			'kyr-widgets',
			'kyr_widgets_main',
			array(
				'label_for'   => 'kyr_widgets_theme',
				'key'         => 'theme',
				'choices'     => theme_labels(),
				'description' => __( 'Colors and font for every widget on the site. Dark suits dark pages.', 'kyr-widgets' ),
			)
		);
	}
);

/**
 * A select field of the settings screen.
 *
 * @param array $args label_for, key, choices, description.
 */
function field_select( array $args ): void {
	$current = settings()[ $args['key'] ];
	printf( '<select id="%s" name="%s">', esc_attr( $args['label_for'] ), esc_attr( OPTION . '[' . $args['key'] . ']' ) );
	foreach ( $args['choices'] as $value => $label ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( (string) $value ), selected( $current, (string) $value, false ), esc_html( $label ) );
	}
	echo '</select>';
	printf( '<p class="description">%s</p>', esc_html( $args['description'] ) );
}

add_action(
	'admin_menu',
	static function () {
		add_options_page(
			__( 'Know your rights widgets', 'kyr-widgets' ),
			__( 'Know your rights', 'kyr-widgets' ),
			'manage_options',
			'kyr-widgets',
			__NAMESPACE__ . '\\settings_page'
		);
	}
);

/** The settings screen. */
function settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'Add the widgets with the “Know your rights” block, or with these shortcodes:', 'kyr-widgets' ); ?></p>
		<ul>
			<li><code>[kyr_hotline_card hotline="311"]</code> — <?php
				echo esc_html(
					sprintf(
						/* translators: %s: the built-in hotlines' ids, such as "actionnyc, new-americans or 311" */
						__( 'a hotline: %s; or your own with name, phone, agency, hours and description', 'kyr-widgets' ),
						hotline_choices()
					)
				);
				?></li>
			<li><code>[kyr_rights_summary]</code> — <?php esc_html_e( 'what to do if ICE is at your door, the rights, and what to do if someone is detained; sections="door rights detained" chooses and orders them; compact="true" for sidebars', 'kyr-widgets' ); ?></li>
			<li><code>[kyr_detainer_explainer sections="decision timeline"]</code> — <?php esc_html_e( 'when the City holds someone for ICE; sections: definition, decision, timeline, figures', 'kyr-widgets' ); ?></li>
			<li><code>[kyr_language_picker]</code> — <?php esc_html_e( 'switches every widget on the page to the reader’s language', 'kyr-widgets' ); ?></li>
		</ul>
		<p><?php esc_html_e( 'Every widget also takes heading-level (2 to 6) so its headings fit your page. The widgets speak your site’s language when it is one of their twelve.', 'kyr-widgets' ); ?></p>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'kyr_widgets' );
			do_settings_sections( 'kyr-widgets' );
			submit_button();
			?>
		</form>
	</div>
	<?php
}

add_filter(
	'plugin_action_links_' . plugin_basename( PLUGIN_FILE ),
	static function ( array $links ): array {
		$url = admin_url( 'options-general.php?page=kyr-widgets' );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'kyr-widgets' ) . '</a>' );
		return $links;
	}
);

<?php
/**
 * Which of the kit's twelve languages a page is in.
 *
 * @package KyrWidgets
 */

namespace KyrWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The kit's lists, as its build writes them from the TypeScript sources (kit/kit.json, from
 * src/i18n/locales.ts, src/content/hotlines.ts and the elements): `locales` (code, own name,
 * direction, in the picker's order), `hotlines` (ids, default), `sections` (each content widget's
 * parts) and `maxText` (the longest partner text). One source for the kit and the plugin.
 *
 * @return array{locales: array<int, array{code: string, name: string, dir: string}>, hotlines: array{ids: string[], default: string}, sections: array<string, string[]>, maxText: int}
 */
function kit(): array {
	static $kit = null;
	if ( null === $kit ) {
		$json = file_get_contents( dirname( PLUGIN_FILE ) . '/kit/kit.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$kit  = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( ! is_array( $kit ) || empty( $kit['locales'] ) || empty( $kit['hotlines']['ids'] ) ) {
			// A plugin folder without its build: English and the default hotline only, never a fatal error.
			$kit = array(
				'locales'  => array( array( 'code' => 'en', 'name' => 'English', 'dir' => 'ltr' ) ),
				'hotlines' => array( 'ids' => array( 'actionnyc' ), 'default' => 'actionnyc' ),
				'sections' => array(),
			);
		}
	}
	return $kit;
}

/**
 * The parts a content widget takes in `sections` (`rights-summary`, `detainer-explainer`), in
 * their default order, as the kit's build lists them.
 *
 * @param string $element The element's short name.
 * @return string[]
 */
function sections( string $element ): array {
	return kit()['sections'][ $element ] ?? array();
}

/** The longest partner text the kit shows, in characters (MAX_TEXT in hotline-card.ts); 0 without the build. */
function max_text(): int {
	return (int) ( kit()['maxText'] ?? 0 );
}

/**
 * The kit's locales (BCP 47), in the picker's order.
 *
 * @return string[]
 */
function locales(): array {
	return array_column( kit()['locales'], 'code' );
}

/**
 * The kit locale for a WordPress locale (`es_ES`, `zh_TW`, `hat`) or a BCP 47 tag (`es-MX`,
 * `zh-Hant-HK`), or null when the kit does not speak it. Mirrors the kit's own negotiation
 * (src/i18n/negotiate.ts), plus the WordPress codes that are not BCP 47: `hat` is Haitian
 * Creole, and `ary` (Moroccan Arabic) reads the kit's Arabic.
 *
 * @param mixed $tag A locale or language tag.
 */
function match_locale( $tag ): ?string {
	if ( ! is_string( $tag ) ) {
		return null;
	}
	$lower = strtolower( str_replace( '_', '-', trim( $tag ) ) );
	if ( '' === $lower ) {
		return null;
	}
	foreach ( locales() as $locale ) {
		if ( strtolower( $locale ) === $lower ) {
			return $locale;
		}
	}
	$subtags  = explode( '-', $lower );
	$language = array_shift( $subtags );
	if ( 'zh' === $language ) {
		if ( in_array( 'hant', $subtags, true ) ) {
			return 'zh-Hant';
		}
		if ( in_array( 'hans', $subtags, true ) ) {
			return 'zh-Hans';
		}
		return array_intersect( array( 'tw', 'hk', 'mo' ), $subtags ) ? 'zh-Hant' : 'zh-Hans';
	}
	$aliases = array(
		'hat' => 'ht',
		'ary' => 'ar',
	);
	$language = $aliases[ $language ] ?? $language;
	return in_array( $language, locales(), true ) ? $language : null;
}

/**
 * The `lang` WordPress prints on `<html>` for this request: the site language, or the page's
 * language where a multilingual plugin filters `language_attributes` (or the locale itself).
 */
function html_lang(): ?string {
	if ( preg_match( '/(?:^|\s)lang=(["\'])([^"\']*)\1/', get_language_attributes( 'html' ), $found ) ) {
		return html_entity_decode( $found[2], ENT_QUOTES );
	}
	return null;
}

/**
 * The language the widgets on this page speak: the page's `<html lang>`, else the site's locale.
 * Null when the kit does not speak it; the widgets then choose in the reader's browser (its
 * languages, else English), and the plugin prints fallback content rather than prerendered HTML.
 */
function page_locale(): ?string {
	$html = html_lang();
	$kit  = match_locale( $html ) ?? match_locale( determine_locale() );
	/**
	 * Filters the language of the kyr widgets on the current page.
	 *
	 * @param string|null $kit  One of the kit's locales (`es`, `zh-Hant`, …), or null to let each reader's browser choose.
	 * @param string|null $html The page's `<html lang>` as WordPress prints it.
	 */
	$filtered = apply_filters( 'kyr_widgets_locale', $kit, $html );
	return is_string( $filtered ) && in_array( $filtered, locales(), true ) ? $filtered : null;
}

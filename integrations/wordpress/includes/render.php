<?php
/**
 * One widget's HTML: the custom element with its checked attributes, holding either the
 * prerendered shadow root for the page's language (declarative shadow DOM: the widget shows
 * with JavaScript off and nothing moves when the script hydrates it) or the fallback content
 * the kit's README recommends.
 *
 * @package KyrWidgets
 */

namespace KyrWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Which prerendered file and entry hold this widget, or null when it is not prerendered
 * (a partner's own hotline, a picker with chosen languages).
 *
 * The build (scripts/build-wordpress.mjs) writes prerendered/<locale>/<file>, each a PHP array
 * of variant => inner HTML, for every built-in choice the block and the shortcodes offer.
 *
 * @param string $element One of the kit's element names (elements()).
 * @param array  $atts    Clean attributes, from clean_attributes().
 * @return array{0: string, 1: string}|null File name and variant key.
 */
function variant( string $element, array $atts ): ?array {
	$level = 'h' . ( $atts['heading-level'] ?? 2 );
	switch ( $element ) {
		case 'hotline-card':
			return isset( $atts['phone'] ) ? null : array( "hotline-card.$level.php", $atts['hotline'] );
		case 'rights-summary':
			if ( ! empty( $atts['compact'] ) ) {
				return array( "rights-summary.$level.php", 'compact' );
			}
			// Sections in another order than the default are not prerendered: their variant key is absent, and the fallback shows.
			return array( "rights-summary.$level.php", isset( $atts['sections'] ) ? str_replace( ' ', '+', $atts['sections'] ) : 'full' );
		case 'detainer-explainer':
			return array( "detainer-explainer.$level.php", isset( $atts['sections'] ) ? str_replace( ' ', '+', $atts['sections'] ) : 'all' );
		case 'language-picker':
			return isset( $atts['locales'] ) ? null : array( 'language-picker.php', 'all' );
	}
	return null;
}

/**
 * The prerendered inner HTML of a widget (its `<template shadowrootmode>`), or null.
 *
 * @param string $locale One of locales().
 * @param string $tag    The element's tag, whose styles go in.
 * @param string $file   File name from variant().
 * @param string $key    Variant key from variant().
 */
function prerendered( string $locale, string $tag, string $file, string $key ): ?string {
	static $loaded = array();
	if ( ! in_array( $locale, locales(), true ) || ! preg_match( '/^[a-z-]+(\.h[2-6])?\.php$/', $file ) ) {
		return null;
	}
	$dir = dirname( PLUGIN_FILE ) . '/prerendered/';
	foreach ( array( 'styles.php', "$locale/$file" ) as $name ) {
		if ( ! array_key_exists( $name, $loaded ) ) {
			$loaded[ $name ] = is_readable( $dir . $name ) ? include $dir . $name : array();
		}
	}
	$html  = $loaded[ "$locale/$file" ][ $key ] ?? null;
	$style = $loaded['styles.php'][ $tag ] ?? null;
	// Variants keep their element's styles once, in styles.php (see scripts/build-wordpress.mjs).
	return is_string( $html ) && is_string( $style ) ? str_replace( '<!--kyr:style-->', $style, $html ) : null;
}

/**
 * Fallback content, shown until the script defines the widget (and if it never does): the
 * README's text, in phrasing elements only, so that it stays inside the widget even where
 * WordPress wraps the shortcode in a paragraph.
 *
 * @param string $element One of the kit's element names (elements()).
 * @param array  $atts    Clean attributes.
 */
function fallback( string $element, array $atts ): string {
	$link = static function ( string $href, string $text ): string {
		return '<a href="' . esc_url( $href, array( 'tel', 'https' ) ) . '">' . esc_html( $text ) . '</a>';
	};
	switch ( $element ) {
		case 'hotline-card':
			if ( isset( $atts['phone'] ) ) {
				$phone = parse_phone( $atts['phone'] );
				$parts = array();
				if ( isset( $atts['name'] ) ) {
					$parts[] = '<strong>' . text( $atts['name'] ) . '</strong>' . ( isset( $atts['agency'] ) ? ' (' . text( $atts['agency'] ) . ')' : '' ) . ':';
				}
				$parts[] = $phone ? $link( $phone['href'], $phone['display'] ) : text( $atts['phone'] );
				foreach ( array( 'hours', 'description' ) as $name ) {
					if ( isset( $atts[ $name ] ) ) {
						$parts[] = '<br>' . text( $atts[ $name ] );
					}
				}
				return '<span>' . implode( ' ', $parts ) . '</span>';
			}
			// A built-in hotline as the kit describes it (kit.json): "Name (Agency): number", or, for a
			// line whose name is its number (311), what it is for, with the number as the link.
			$about = kit()['hotlines']['about'][ $atts['hotline'] ] ?? null;
			if ( ! is_array( $about ) ) {
				return '';
			}
			$call = $link( $about['href'], $about['phone'] );
			if ( $about['name'] === $about['phone'] ) {
				$at = strrpos( $about['description'], $about['phone'] );
				return '<span>' . ( false === $at ? text( $about['description'] ) . ' ' . $call
					: text( substr( $about['description'], 0, $at ) ) . $call . text( substr( $about['description'], $at + strlen( $about['phone'] ) ) ) ) . '</span>';
			}
			return '<span>' . text( $about['name'] ) . ( isset( $about['agency'] ) ? ' (' . text( $about['agency'] ) . ')' : '' ) . ': ' . $call . '</span>';
		case 'rights-summary':
			return '<span>If ICE is at your door: keep the door closed. Without a judicial warrant signed by a judge, you do not have to let them in. Call '
				. $link( 'tel:311', '311' ) . '. Since February 6, 2026, ICE may not enter City property (City schools, shelters, hospitals) without a judicial warrant. Since January 2025, federal policy no longer protects schools, hospitals or shelters. More: '
				. $link( 'https://nyc.gov/KnowYourRights', 'nyc.gov/KnowYourRights' ) . '</span>';
		case 'detainer-explainer':
			return '<span>Under its 2014 laws, New York City complies with an ICE detainer (today on form I-247A) only when it is supported by a judicial warrant and the person has either been convicted of a serious or violent felony or is a possible match on a terrorist watch list. This is general information, not legal advice: speak to a lawyer. More: '
				. $link( 'https://nyc.gov/KnowYourRights', 'nyc.gov/KnowYourRights' ) . '</span>';
		case 'language-picker':
			$known = array_column( kit()['locales'], null, 'code' );
			$codes = isset( $atts['locales'] ) ? explode( ' ', $atts['locales'] ) : locales();
			$shown = array();
			foreach ( $codes as $code ) {
				$dir     = 'rtl' === ( $known[ $code ]['dir'] ?? 'ltr' ) ? 'rtl' : 'ltr';
				$shown[] = '<span lang="' . esc_attr( $code ) . '" dir="' . $dir . '">' . esc_html( $known[ $code ]['name'] ?? $code ) . '</span>';
			}
			return '<span>' . implode( ' · ', $shown ) . '</span>';
	}
	return '';
}

/**
 * An attribute value escaped for HTML, with shortcode brackets as entities, so that WordPress
 * does not run a shortcode a partner typed into a text field of the block.
 *
 * @param string $value The value.
 */
function attr( string $value ): string {
	return str_replace( array( '[', ']' ), array( '&#91;', '&#93;' ), esc_attr( $value ) );
}

/**
 * Text escaped for HTML, with shortcode brackets as entities (see attr()), and colons too:
 * WordPress turns ":)" in post content into an emoji image from another site (convert_smilies),
 * which the fallback must not load.
 *
 * @param string $text The text.
 */
function text( string $text ): string {
	return str_replace( array( '[', ']', ':' ), array( '&#91;', '&#93;', '&#58;' ), esc_html( $text ) );
}

/**
 * An HTML comment that explains what was dropped. Only our own wording and sanitized
 * attribute names reach it, never a value; still, nothing that could end the comment does.
 *
 * @param string $text The note.
 */
function comment( string $text ): string {
	$text = (string) preg_replace( '/[^A-Za-z0-9 ,.:;()="+\'\/_-]/', '', $text );
	$text = str_replace( '--', '-', $text );
	return '<!-- kyr-widgets: ' . $text . ' -->';
}

/**
 * Whether the block's HTML would be changed by a shortcode that another plugin registered
 * under a name that appears in brackets in it (the prerendered CSS has `[hidden]`,
 * `[dir=rtl]`, …): the block's output passes through do_shortcode, a shortcode's does not.
 *
 * @param string $html The prerendered HTML.
 */
function has_shortcode_clash( string $html ): bool {
	if ( ! preg_match_all( '/\[([\w-]+)/', $html, $found ) ) {
		return false;
	}
	foreach ( array_unique( $found[1] ) as $name ) {
		if ( shortcode_exists( $name ) ) {
			return true;
		}
	}
	return false;
}

/**
 * A widget's HTML, for a shortcode or the block. Enqueues the kit.
 *
 * @param string $element  One of the kit's element names (elements()).
 * @param array  $raw      Attributes as written.
 * @param array  $options  `wrapper`: a callable that takes our classes and returns the element's
 *                         attributes, escaped (the block's wrapper attributes); `in_block`: the
 *                         output will pass through the_content's later filters.
 */
function render_widget( string $element, array $raw, array $options = array() ): string {
	$tag = element_tag( $element );
	if ( null === $tag ) {
		return comment( 'unknown widget; use ' . implode( ', ', array_keys( elements() ) ) . '.' );
	}
	$settings        = settings();
	[ $atts, $notes ] = clean_attributes( $element, $raw, $settings['default_hotline'] );
	$locale          = page_locale();
	$variant         = variant( $element, $atts );
	$inner           = ( $locale && $variant ) ? prerendered( $locale, $tag, $variant[0], $variant[1] ) : null;
	if ( null !== $inner && ! empty( $options['in_block'] ) && has_shortcode_clash( $inner ) ) {
		$notes[] = 'prerendered HTML left out: another plugin registered a shortcode named like a word in it.';
		$inner   = null;
	}

	$classes = array();
	$theme   = THEMES[ $settings['theme'] ] ?? null;
	if ( $theme ) {
		$classes[] = $theme['class'];
	}
	if ( null === $inner ) {
		$classes[] = 'kyr-fallback';
	}
	$html = '';
	foreach ( $notes as $note ) {
		$html .= comment( $note );
	}
	$html .= '<' . $tag;
	if ( isset( $options['wrapper'] ) && is_callable( $options['wrapper'] ) ) {
		// The block's wrapper attributes, escaped by get_block_wrapper_attributes(), with our classes in.
		$html .= ' ' . call_user_func( $options['wrapper'], implode( ' ', $classes ) );
	} elseif ( $classes ) {
		$html .= ' class="' . attr( implode( ' ', $classes ) ) . '"';
	}
	foreach ( $atts as $name => $value ) {
		$html .= true === $value ? " $name" : ' ' . $name . '="' . attr( (string) $value ) . '"';
	}
	$html .= '>' . ( $inner ?? fallback( $element, $atts ) ) . '</' . $tag . '>';

	enqueue_assets();
	return $html;
}

// wptexturize() would curl the quotes of the prerendered text inside a block's `<template>`
// (the block's HTML passes through the_content's later filters; a shortcode's does not).
add_filter(
	'no_texturize_tags',
	static function ( $tags ) {
		$tags   = is_array( $tags ) ? $tags : array();
		$tags[] = 'template';
		return $tags;
	}
);

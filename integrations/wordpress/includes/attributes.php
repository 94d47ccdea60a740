<?php
/**
 * Attribute whitelists: what a shortcode or the block may pass to a widget, checked and
 * normalized. Anything else is dropped, with a note that render.php prints as an HTML comment.
 * Values are never printed here; render.php escapes them.
 *
 * @package KyrWidgets
 */

namespace KyrWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The kit's elements by name (`hotline-card`), each with its tag and attributes (kit.json
 * `elements`, from the Custom Elements Manifest).
 *
 * @return array<string, array{tag: string, attributes: string[]}>
 */
function elements(): array {
	return kit()['elements'] ?? array();
}

/**
 * An element's tag (`kyr-hotline-card`), or null when the kit has no such element.
 *
 * @param mixed $element The element's name.
 */
function element_tag( $element ): ?string {
	return is_string( $element ) ? ( elements()[ $element ]['tag'] ?? null ) : null;
}

/**
 * The built-in hotlines' ids (src/content/hotlines.ts, through kit/kit.json).
 *
 * @return string[]
 */
function hotline_ids(): array {
	return kit()['hotlines']['ids'];
}

/** The hotline ids as a reader of a note writes them: "actionnyc, new-americans or 311". */
function hotline_choices(): string {
	$ids  = hotline_ids();
	$last = array_pop( $ids );
	return $ids ? implode( ', ', $ids ) . ' or ' . $last : (string) $last;
}

/** Partner text fields of the hotline card. */
const PARTNER_TEXT = array( 'name', 'agency', 'hours', 'description' );

/**
 * The attributes the plugin passes on, of those each element takes: a subset, each with its own
 * check below (not `feedback`, which asks the site to collect answers, nor the picker's `lang`,
 * which the page's language sets). allowed_attributes() keeps only those the element has.
 */
const ALLOWED = array(
	'hotline-card'       => array( 'hotline', 'name', 'phone', 'agency', 'hours', 'description', 'heading-level' ),
	'rights-summary'     => array( 'compact', 'sections', 'heading-level' ),
	'detainer-explainer' => array( 'sections', 'heading-level' ),
	'language-picker'    => array( 'locales' ),
);

/**
 * The attribute names the plugin takes for an element: ALLOWED, as far as the element has them
 * (kit.json, from the Custom Elements Manifest).
 *
 * @param string $element The element's name.
 * @return string[]
 */
function allowed_attributes( string $element ): array {
	return array_values( array_intersect( ALLOWED[ $element ] ?? array(), elements()[ $element ]['attributes'] ?? array() ) );
}

/** Other spellings people write for an attribute. */
const ALIASES = array(
	'heading_level' => 'heading-level',
	'headinglevel'  => 'heading-level',
	'level'         => 'heading-level',
);

/**
 * One of the phone rule's patterns (kit.json `phone`, from src/shared/phone-rule.ts) as a PCRE,
 * or null without the kit's build. `u`: the patterns hold characters, not bytes; `D`: `$` is the
 * very end, as in JavaScript. (No pattern holds a `/`; one would be escaped.)
 *
 * @param string $name   The pattern's name in the rule.
 * @param string $around Where the pattern goes (`%s`) in a larger one.
 */
function phone_pattern( string $name, string $around = '%s' ): ?string {
	$source = kit()['phone'][ $name ] ?? null;
	return is_string( $source ) ? '/' . str_replace( '%s', str_replace( '/', '\\/', $source ), $around ) . '/uD' : null;
}

/**
 * Parses a written phone number the way the kit does (src/shared/phone.ts), with the same
 * patterns (kit.json `phone`): a US number, a three-digit N11 code such as 311, or an
 * international `+…` number. Without the kit's build, nothing can be dialled.
 *
 * @param mixed $input The number as written.
 * @return array{display: string, href: string}|null Null when it cannot be dialled.
 */
function parse_phone( $input ): ?array {
	$edges    = phone_pattern( 'space', '^(?:%s)|(?:%s)$' );
	$patterns = array_map( __NAMESPACE__ . '\\phone_pattern', array( 'space', 'separator', 'serviceCode', 'usNational', 'international' ) );
	if ( ! is_string( $input ) || null === $edges || in_array( null, $patterns, true ) ) {
		return null;
	}
	[ $space, $separator, $service_code, $us_national, $international ] = $patterns;
	// Trimmed of the white space JavaScript's trim() removes.
	$written = preg_replace( $edges, '', $input );
	// Characters, as the element counts them (a no-break space is one, not two bytes).
	if ( ! is_string( $written ) || '' === $written || mb_strlen( $written, 'UTF-8' ) > (int) kit()['phone']['maxLength'] ) {
		return null;
	}
	$compact = (string) preg_replace( $separator, '', $written );
	if ( preg_match( $service_code, $compact ) ) {
		return array(
			'display' => $compact,
			'href'    => 'tel:' . $compact,
		);
	}
	if ( preg_match( $us_national, $compact, $found ) ) {
		return array(
			'display' => sprintf( '(%s) %s-%s', substr( $found[1], 0, 3 ), substr( $found[1], 3, 3 ), substr( $found[1], 6 ) ),
			'href'    => 'tel:+1' . $found[1],
		);
	}
	if ( preg_match( $international, $compact ) ) {
		return array(
			'display' => (string) preg_replace( $space, ' ', $written ),
			'href'    => 'tel:' . $compact,
		);
	}
	return null;
}

/**
 * An attribute name as it may appear in an HTML comment: letters, digits, `-` and `_`.
 *
 * @param mixed $name The name as written.
 */
function safe_name( $name ): string {
	$name = is_string( $name ) ? strtolower( $name ) : '';
	$name = (string) preg_replace( '/[^a-z0-9_]+/', '-', $name );
	$name = trim( (string) preg_replace( '/-{2,}/', '-', $name ), '-' );
	return '' === $name || strlen( $name ) > 40 ? 'an attribute' : $name;
}

/**
 * Reads a boolean attribute: `compact`, `compact=""`, `compact="true"`/`"yes"`/`"1"`, or false values.
 *
 * @param mixed $value The value as written.
 * @return bool|null Null when it is neither.
 */
function parse_bool( $value ): ?bool {
	if ( is_bool( $value ) ) {
		return $value;
	}
	if ( is_int( $value ) ) {
		return 0 !== $value;
	}
	if ( ! is_string( $value ) ) {
		return null;
	}
	$value = strtolower( trim( $value ) );
	if ( in_array( $value, array( '', '1', 'true', 'yes', 'on', 'compact' ), true ) ) {
		return true;
	}
	if ( in_array( $value, array( '0', 'false', 'no', 'off' ), true ) ) {
		return false;
	}
	return null;
}

/**
 * Space- or comma-separated names, lowercased; arrays (block attributes) are taken as they are.
 *
 * @param mixed $value The value as written.
 * @return string[]|null Null when it is not text or a list of text.
 */
function tokens( $value ): ?array {
	if ( is_array( $value ) ) {
		$value = implode( ' ', array_filter( $value, 'is_string' ) );
	}
	if ( ! is_string( $value ) ) {
		return null;
	}
	return array_values( array_filter( preg_split( '/[\s,]+/', strtolower( trim( $value ) ) ) ) );
}

/**
 * Checks a partner's text: plain text only, no markup (also none hidden in entities), no
 * control characters, no broken-template values; cut to the kit's longest text (kit.json maxText).
 *
 * @param mixed  $value The value as written.
 * @param string $name  The attribute's name, for the note.
 * @param array  $notes Notes to add to.
 * @return string|null The text, or null when it is empty or dropped.
 */
function clean_text( $value, string $name, array &$notes ): ?string {
	if ( ! is_string( $value ) ) {
		$notes[] = "$name dropped: not text.";
		return null;
	}
	$text = trim( $value );
	if ( '' === $text ) {
		return null;
	}
	// Decoded until nothing changes (at most a few times): "&amp;lt;img&amp;gt;" is markup too, and
	// decoded once it would print as literal "<img>" in the widget's heading.
	$decoded = $text;
	for ( $i = 0; $i < 4; $i++ ) {
		$next = html_entity_decode( $decoded, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		if ( $next === $decoded ) {
			break;
		}
		$decoded = $next;
	}
	if ( preg_match( '/[<>]/', $decoded ) ) {
		$notes[] = "$name dropped: it contains HTML; write plain text.";
		return null;
	}
	if ( preg_match( '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/', $decoded ) || '' === wp_check_invalid_utf8( $text ) ) {
		$notes[] = "$name dropped: it contains control characters or invalid UTF-8.";
		return null;
	}
	// Invisible direction characters (LRM, RLM, embeddings, overrides, isolates) can make a name show
	// digits in another order than the number the link dials. The element isolates partner text
	// itself; these are removed, as the JavaScript does (src/shared/bidi.ts).
	$stripped = (string) preg_replace( '/[\x{200E}\x{200F}\x{202A}-\x{202E}\x{2066}-\x{2069}]/u', '', $decoded );
	if ( $stripped !== $decoded ) {
		$notes[] = "$name: invisible direction characters removed (they can make text read in another order than it is written).";
		$decoded = trim( $stripped );
		if ( '' === $decoded ) {
			return null;
		}
	}
	if ( in_array( $decoded, array( 'undefined', 'null', 'NaN', '[object Object]' ), true ) ) {
		$notes[] = "$name dropped: it looks like a broken template value.";
		return null;
	}
	if ( max_text() > 0 && mb_strlen( $decoded, 'UTF-8' ) > max_text() ) {
		$notes[] = "$name cut to " . max_text() . ' characters.';
		$decoded = mb_substr( $decoded, 0, max_text(), 'UTF-8' );
	}
	return $decoded;
}

/**
 * Checks and normalizes a widget's attributes.
 *
 * Input is what a shortcode receives (lowercased names, text values, positional flags under
 * numeric keys) or the block's attributes mapped to the same names. Output uses the kit's
 * attribute names, in a fixed order; anything not taken is explained in the notes.
 *
 * @param string $element         One of the kit's element names (elements()).
 * @param array  $raw             The attributes as written.
 * @param string $default_hotline The hotline to show when none is chosen ('' for the kit's default).
 * @return array{0: array<string, string|int|bool>, 1: string[]} The clean attributes and the notes.
 */
function clean_attributes( string $element, array $raw, string $default_hotline = '' ): array {
	$notes   = array();
	$allowed = allowed_attributes( $element );
	$given   = array();
	foreach ( $raw as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare word in a shortcode: only a boolean attribute's name means something.
			$flag = is_string( $value ) ? strtolower( trim( $value ) ) : '';
			if ( 'compact' === $flag && in_array( $flag, $allowed, true ) ) {
				$given['compact'] = true;
			} else {
				$notes[] = 'a value without an attribute name was dropped.';
			}
			continue;
		}
		$name = strtolower( (string) $key );
		$name = ALIASES[ $name ] ?? $name;
		if ( ! in_array( $name, $allowed, true ) ) {
			$notes[] = safe_name( $key ) . ' dropped: ' . element_tag( $element ) . ' has no such attribute.';
			continue;
		}
		$given[ $name ] = $value;
	}

	$clean = array();
	switch ( $element ) {
		case 'hotline-card':
			$texts = array();
			foreach ( PARTNER_TEXT as $name ) {
				if ( array_key_exists( $name, $given ) ) {
					$text = clean_text( $given[ $name ], $name, $notes );
					if ( null !== $text ) {
						$texts[ $name ] = $text;
					}
				}
			}
			$phone = null;
			if ( array_key_exists( 'phone', $given ) && ( ! is_string( $given['phone'] ) || '' !== trim( $given['phone'] ) ) ) {
				if ( null !== parse_phone( $given['phone'] ) ) {
					$phone = trim( $given['phone'] );
				} else {
					$notes[] = 'phone dropped: not a number that can be dialled (a US number, a code such as 311, or +country code and number).';
				}
			}
			$hotline = array_key_exists( 'hotline', $given ) && is_string( $given['hotline'] ) ? strtolower( trim( $given['hotline'] ) ) : '';
			if ( null !== $phone ) {
				if ( '' !== $hotline && 'partner' !== $hotline ) {
					$notes[] = 'hotline ignored: a partner hotline (phone) is given.';
				}
				$clean = array_merge( $texts, array( 'phone' => $phone ) );
				break;
			}
			if ( $texts ) {
				$notes[] = implode( ', ', array_keys( $texts ) ) . ' dropped: a partner hotline needs a phone number too.';
			}
			if ( array_key_exists( 'hotline', $given ) && '' !== $hotline && 'partner' !== $hotline && ! in_array( $hotline, hotline_ids(), true ) ) {
				$notes[] = 'hotline dropped: use ' . hotline_choices() . '.';
			}
			$clean['hotline'] = in_array( $hotline, hotline_ids(), true ) ? $hotline : ( in_array( $default_hotline, hotline_ids(), true ) ? $default_hotline : kit()['hotlines']['default'] );
			break;

		case 'rights-summary':
			if ( array_key_exists( 'compact', $given ) ) {
				$compact = parse_bool( $given['compact'] );
				if ( null === $compact ) {
					$notes[] = 'compact dropped: use compact="true" or compact="false".';
				} elseif ( $compact ) {
					$clean['compact'] = true;
				}
			}
			if ( empty( $clean['compact'] ) && array_key_exists( 'sections', $given ) ) {
				$names = tokens( $given['sections'] );
				if ( null === $names ) {
					$names = array( '' );
				}
				// The partner's order, each part once: the element shows them in that order.
				$known = array_values( array_unique( array_intersect( $names, sections( 'rights-summary' ) ) ) );
				if ( count( array_diff( $names, sections( 'rights-summary' ) ) ) > 0 ) {
					$notes[] = 'sections: unknown names dropped; use any of ' . implode( ', ', sections( 'rights-summary' ) ) . ( $known ? '.' : ' (showing all).' );
				}
				if ( $known && $known !== sections( 'rights-summary' ) ) {
					$clean['sections'] = implode( ' ', $known );
				}
			}
			break;

		case 'detainer-explainer':
			if ( array_key_exists( 'sections', $given ) ) {
				$names = tokens( $given['sections'] );
				if ( null === $names ) {
					$names = array( '' );
				}
				$known = array_values( array_intersect( sections( 'detainer-explainer' ), $names ) );
				if ( count( array_diff( $names, sections( 'detainer-explainer' ) ) ) > 0 ) {
					$notes[] = 'sections: unknown names dropped; use any of ' . implode( ', ', sections( 'detainer-explainer' ) ) . ( $known ? '.' : ' (showing all).' );
				}
				if ( $known && count( $known ) < count( sections( 'detainer-explainer' ) ) ) {
					$clean['sections'] = implode( ' ', $known );
				}
			}
			break;

		case 'language-picker':
			if ( array_key_exists( 'locales', $given ) ) {
				$codes = array();
				$bad   = false;
				foreach ( tokens( $given['locales'] ) ?? array( '' ) as $token ) {
					// As the element matches them: `es-MX` offers Spanish, `zh-TW` Traditional Chinese.
					$code = match_locale( $token );
					if ( null === $code ) {
						$bad = true;
					} elseif ( ! in_array( $code, $codes, true ) ) {
						$codes[] = $code;
					}
				}
				if ( $bad ) {
					$notes[] = 'locales: unknown languages dropped; use codes from: ' . implode( ' ', locales() ) . '.';
				}
				if ( $codes && locales() !== $codes ) {
					$clean['locales'] = implode( ' ', $codes );
				}
			}
			break;
	}

	if ( array_key_exists( 'heading-level', $given ) ) {
		$level = $given['heading-level'];
		if ( is_int( $level ) || ( is_string( $level ) && preg_match( '/^\s*\d\s*$/', $level ) ) ) {
			$level = (int) $level;
		}
		if ( is_int( $level ) && $level >= 2 && $level <= 6 ) {
			if ( 2 !== $level ) {
				$clean['heading-level'] = $level;
			}
		} else {
			$notes[] = 'heading-level dropped: use a whole number from 2 to 6.';
		}
	}

	return array( $clean, $notes );
}

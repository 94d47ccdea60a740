// A leaf module with no imports: the build (scripts/postbuild.mjs) reads it from source into
// dist/kit.json, where the WordPress plugin's PHP and its block script take the same patterns.

/**
 * White space as JavaScript's `\s` and `trim()` know it, spelled out: in PHP's PCRE with `/u`,
 * `\s` is another set (no U+FEFF) and `\d` takes every script's digits (`٣١١`), so the
 * patterns below use neither. The characters themselves are in the string (no `\u` escape,
 * which PCRE does not read).
 */
const SPACE = '\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * The phone rule as patterns that mean the same in a JavaScript RegExp and in PCRE with `/u`
 * (PHP adds `D`, so `$` is the very end): the element (phone.ts), the WordPress plugin's PHP
 * and its block editor script read a written number with these, so they cannot disagree.
 */
export const phoneRule = {
  /** The longest written number, in characters. */
  maxLength: 32,
  /** A run of white space: trimmed at the ends; one space in an international number as shown. */
  space: `[${SPACE}]+`,
  /** What may appear in a written number besides digits and a leading `+`; removed before matching. */
  separator: `[${SPACE}().\\-\u2010-\u2015]`,
  /** A three-digit N11 service code (311, 911), dialled as written. */
  serviceCode: '^[2-9]11$',
  /** A US number, with or without +1 or 1 before it; the group is its ten digits. */
  usNational: '^(?:\\+?1)?([2-9][0-9]{2}[2-9][0-9]{6})$',
  /** An international number: + and a country code other than 1, 8 to 15 digits in all. */
  international: '^\\+[2-9][0-9]{7,14}$',
} as const;

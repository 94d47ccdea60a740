/**
 * Longest text taken from an attribute; longer values are cut so a mangled CMS field cannot flood
 * the card (also in dist/kit.json, for the WordPress plugin).
 */
export const MAX_TEXT = 500;

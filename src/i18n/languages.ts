// A leaf module with no imports: scripts/localize.mjs reads it from source before anything is
// generated, and gives lit-localize its languages from it.

/**
 * The kit's languages, one entry each: the BCP 47 code and the language's own name, as a reader
 * looks for it, in the order the picker lists them (English, then the City's designated languages
 * as SPEC lists them). Adding a language is its XLIFF (locales/<code>.xlf) and one entry here (and
 * a font stack in styles/fonts.ts for a new script): the build derives the rest, its direction
 * included (see scripts/localize.mjs).
 */
export const endonyms = {
  en: 'English',
  es: 'Español',
  'zh-Hans': '中文（简体）',
  'zh-Hant': '中文（繁體）',
  ru: 'Русский',
  bn: 'বাংলা',
  ht: 'Kreyòl ayisyen',
  ko: '한국어',
  ar: 'العربية',
  ur: 'اردو',
  fr: 'Français',
  pl: 'Polski',
} as const;

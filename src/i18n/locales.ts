import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';

export { allLocales, sourceLocale, targetLocales };

/** A locale the kit ships: `en es zh-Hans zh-Hant ru bn ht ko ar ur fr pl`. */
export type LocaleCode = (typeof allLocales)[number];

/** Each language by its own name, as a reader looks for it; in the order readers see in the picker. */
export const endonyms: Record<LocaleCode, string> = {
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
};

/** The order readers see in the picker: English, then the City's designated languages as SPEC lists them. */
export const displayOrder = Object.keys(endonyms) as readonly LocaleCode[];

const rightToLeft: ReadonlySet<string> = new Set(['ar', 'ur']);

export function isLocale(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (allLocales as readonly string[]).includes(value);
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return rightToLeft.has(locale) ? 'rtl' : 'ltr';
}

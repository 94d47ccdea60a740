import { sourceLocale } from '../generated/locale-codes.js';
import { rightToLeft } from '../generated/text-directions.js';
import { endonyms } from './languages.js';

export { endonyms, sourceLocale };

/** A locale the kit ships: `en es zh-Hans zh-Hant ru bn ht ko ar ur fr pl`. */
export type LocaleCode = keyof typeof endonyms;

/** The order readers see in the picker: English, then the City's designated languages as SPEC lists them. */
export const displayOrder = Object.keys(endonyms) as readonly LocaleCode[];

/** Every locale the kit ships, in the picker's order (src/i18n/languages.ts). */
export const allLocales = displayOrder;

/** The locales with translations: all but English, the language of the source. */
export const targetLocales = allLocales.filter((code) => code !== sourceLocale);

export function isLocale(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (allLocales as readonly string[]).includes(value);
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return rightToLeft.includes(locale) ? 'rtl' : 'ltr';
}

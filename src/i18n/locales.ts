// The codes come from lit-localize's generated module, not from the names: a bundle of one
// widget that checks a locale (the runtime) then carries no language's name (the picker does).
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { rightToLeft } from '../generated/text-directions.js';
import { endonyms } from './languages.js';

export { allLocales, endonyms, sourceLocale, targetLocales };

/** A locale the kit ships: `en es zh-Hans zh-Hant ru bn ht ko ar ur fr pl`. */
export type LocaleCode = (typeof allLocales)[number];

/** The order readers see in the picker: English, then the City's designated languages as SPEC lists them. */
export const displayOrder = Object.keys(endonyms) as readonly LocaleCode[];

export function isLocale(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (allLocales as readonly string[]).includes(value);
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return rightToLeft.includes(locale) ? 'rtl' : 'ltr';
}

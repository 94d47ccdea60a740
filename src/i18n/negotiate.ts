import { allLocales, sourceLocale, type LocaleCode } from './locales.js';

const byLowerCase = new Map<string, LocaleCode>(allLocales.map((code) => [code.toLowerCase(), code]));
const traditionalChineseRegions = new Set(['tw', 'hk', 'mo']);

/**
 * The shipped locale a BCP 47 tag asks for, or undefined: `es-MX` finds `es`,
 * `zh-TW`/`zh-HK`/`zh-Hant-*` find `zh-Hant`, `zh`/`zh-CN`/`zh-Hans-*` find `zh-Hans`.
 */
export function matchLocale(tag: string | null | undefined): LocaleCode | undefined {
  if (typeof tag !== 'string') return undefined;
  const lower = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!lower) return undefined;
  const exact = byLowerCase.get(lower);
  if (exact) return exact;
  const [language, ...subtags] = lower.split('-');
  if (language === 'zh') {
    if (subtags.includes('hant')) return 'zh-Hant';
    if (subtags.includes('hans')) return 'zh-Hans';
    return subtags.some((s) => traditionalChineseRegions.has(s)) ? 'zh-Hant' : 'zh-Hans';
  }
  return byLowerCase.get(language);
}

/** The first candidate the kit can speak, else English. */
export function negotiateLocale(candidates: Iterable<string | null | undefined>): LocaleCode {
  for (const candidate of candidates) {
    const match = matchLocale(candidate);
    if (match) return match;
  }
  return sourceLocale;
}

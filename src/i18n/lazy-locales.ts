import type { LocaleModule } from '@lit/localize';
import type { targetLocales } from './locales.js';
import type { LocaleLoader } from './runtime.js';

/**
 * ES build: each locale is its own chunk beside the script, fetched only when chosen. One
 * import() per locale, not a template-literal one: the bundler's helper for a variable import
 * (and the source paths it keys its map by) weighed more than this map.
 */
const chunks: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  ar: () => import('../generated/locales/ar.js'),
  bn: () => import('../generated/locales/bn.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  ht: () => import('../generated/locales/ht.js'),
  ko: () => import('../generated/locales/ko.js'),
  pl: () => import('../generated/locales/pl.js'),
  ru: () => import('../generated/locales/ru.js'),
  ur: () => import('../generated/locales/ur.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  'zh-Hant': () => import('../generated/locales/zh-Hant.js'),
};

export const loadLocaleLazily: LocaleLoader = (locale) =>
  chunks[locale as keyof typeof chunks]?.() ?? Promise.reject(new Error(`No translations for "${locale}"`));

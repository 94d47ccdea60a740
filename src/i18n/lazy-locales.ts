import type { LocaleLoader } from './runtime.js';

/** ES build: each locale is its own chunk beside the script, fetched only when chosen. */
export const loadLocaleLazily: LocaleLoader = (locale) => import(`../generated/locales/${locale}.ts`);

import type { LocaleLoader } from './runtime.js';
import { chunks } from '../generated/lazy-locale-chunks.js';

/**
 * ES build: each locale is its own chunk beside the script, fetched only when chosen. The map
 * (src/generated/lazy-locale-chunks.ts, written from the list of languages by scripts/localize.mjs)
 * has one import() per locale, not a template-literal one: the bundler's helper for a variable
 * import (and the source paths it keys its map by) weighed more than the map.
 */
export const loadLocaleLazily: LocaleLoader = (locale) =>
  chunks[locale]?.() ?? Promise.reject(new Error(`No translations for "${locale}"`));

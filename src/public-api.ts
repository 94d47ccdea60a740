/**
 * The kit's public API (the classes, the tag table, defineAll, the language API, the event
 * types): not an entry, but what the entries `kyr-widgets` and `kyr-widgets/hydrate.js`
 * (src/entries/index.ts, hydrate.ts), the loader's kit chunk (core.ts) and the standalone file
 * (standalone.ts) each export.
 */
export { getLocale, setLocale } from './i18n/runtime.js';
export { allLocales, endonyms, type LocaleCode } from './i18n/locales.js';
export { VERSION } from './version.js';
export type { DecisionDetail, DecisionOutcome, DecisionReason, FeedbackAnswer, FeedbackDetail, KyrEventMap, LocaleChangeDetail } from './events.js';
export * from './elements/registry.js';

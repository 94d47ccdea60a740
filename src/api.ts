/** The public API shared by the ES and standalone entries. */
export { getLocale, setLocale } from './i18n/runtime.js';
export { allLocales, endonyms, type LocaleCode } from './i18n/locales.js';
export { VERSION } from './version.js';
export type { DecisionDetail, DecisionOutcome, DecisionReason, FeedbackAnswer, FeedbackDetail, KyrEventMap, LocaleChangeDetail } from './events.js';
export * from './elements/registry.js';

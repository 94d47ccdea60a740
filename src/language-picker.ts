/** Entry: defines `<kyr-language-picker>` only (lazy locale chunks). */
import { whenStartingLocaleReady } from './i18n/runtime.js';
import { loadLocaleLazily } from './i18n/lazy-locales.js';
import { defineElement } from './define.js';
import { KyrLanguagePicker } from './elements/language-picker/language-picker.js';

// Defined once the page's starting language has loaded, so it never paints English first.
whenStartingLocaleReady(loadLocaleLazily, () => defineElement('kyr-language-picker', KyrLanguagePicker));

export { KyrLanguagePicker };

// Typed `kyr-*` events (HTMLElementEventMap) for apps that import only this entry.
export type { DecisionDetail, FeedbackDetail, KyrEventMap, LocaleChangeDetail } from './events.js';

/**
 * Entry `kyr-widgets/language-picker.js` (`dist/npm/language-picker.js`; for a script tag,
 * `dist/language-picker.js`): defines `<kyr-language-picker>` only, its locales loaded lazily.
 */
import { startLocalization } from '../i18n/runtime.js';
import { loadLocaleLazily } from '../i18n/lazy-locales.js';
import { defineElement } from '../elements/define.js';
import { KyrLanguagePicker } from '../elements/language-picker/language-picker.js';

// Defined at once, so a framework sees its properties (`'headingLevel' in element`); its first
// render waits for the page's starting language (KyrElement), showing its fallback until then.
startLocalization(loadLocaleLazily);
defineElement('kyr-language-picker', KyrLanguagePicker);

export { KyrLanguagePicker };

// Typed `kyr-*` events (HTMLElementEventMap) for apps that import only this entry.
export type { DecisionDetail, FeedbackDetail, KyrEventMap, LocaleChangeDetail } from '../events.js';

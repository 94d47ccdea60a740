/** Entry: defines `<kyr-language-picker>` only (lazy locale chunks). */
import { startLocalization } from './i18n/runtime.js';
import { loadLocaleLazily } from './i18n/lazy-locales.js';
import { defineElement } from './define.js';
import { KyrLanguagePicker } from './elements/language-picker/language-picker.js';

startLocalization(loadLocaleLazily);
defineElement('kyr-language-picker', KyrLanguagePicker);

export { KyrLanguagePicker };

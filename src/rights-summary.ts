/** Entry: defines `<kyr-rights-summary>` only (lazy locale chunks). */
import { startLocalization } from './i18n/runtime.js';
import { loadLocaleLazily } from './i18n/lazy-locales.js';
import { defineElement } from './define.js';
import { KyrRightsSummary } from './elements/rights-summary/rights-summary.js';

startLocalization(loadLocaleLazily);
defineElement('kyr-rights-summary', KyrRightsSummary);

export { KyrRightsSummary };

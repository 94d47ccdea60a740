/**
 * Entry `kyr-widgets/rights-summary.js` (`dist/npm/rights-summary.js`; for a script tag,
 * `dist/rights-summary.js`): defines `<kyr-rights-summary>` only, its locales loaded lazily.
 */
import { startLocalization } from '../i18n/runtime.js';
import { loadLocaleLazily } from '../i18n/lazy-locales.js';
import { defineElement } from '../elements/define.js';
import { KyrRightsSummary } from '../elements/rights-summary/rights-summary.js';

// Defined at once, so a framework sees its properties (`'headingLevel' in element`); its first
// render waits for the page's starting language (KyrElement), showing its fallback until then.
startLocalization(loadLocaleLazily);
defineElement('kyr-rights-summary', KyrRightsSummary);

export { KyrRightsSummary };

// Typed `kyr-*` events (HTMLElementEventMap) for apps that import only this entry.
export type { DecisionDetail, FeedbackDetail, KyrEventMap, LocaleChangeDetail } from '../events.js';

/**
 * Entry `kyr-widgets/detainer-explainer.js` (`dist/npm/detainer-explainer.js`; for a script tag,
 * `dist/detainer-explainer.js`): defines `<kyr-detainer-explainer>` only, its locales loaded lazily.
 */
import { startLocalization } from '../i18n/runtime.js';
import { loadLocaleLazily } from '../i18n/lazy-locales.js';
import { defineElement } from '../elements/define.js';
import { KyrDetainerExplainer } from '../elements/detainer-explainer/detainer-explainer.js';

// Defined at once, so a framework sees its properties (`'headingLevel' in element`); its first
// render waits for the page's starting language (KyrElement), showing its fallback until then.
startLocalization(loadLocaleLazily);
defineElement('kyr-detainer-explainer', KyrDetainerExplainer);

export { KyrDetainerExplainer };

// Typed `kyr-*` events (HTMLElementEventMap) for apps that import only this entry.
export type { DecisionDetail, FeedbackDetail, KyrEventMap, LocaleChangeDetail } from '../events.js';

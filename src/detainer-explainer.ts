/** Entry: defines `<kyr-detainer-explainer>` only (lazy locale chunks). */
import { whenStartingLocaleReady } from './i18n/runtime.js';
import { loadLocaleLazily } from './i18n/lazy-locales.js';
import { defineElement } from './define.js';
import { KyrDetainerExplainer } from './elements/detainer-explainer/detainer-explainer.js';

// Defined once the page's starting language has loaded, so it never paints English first.
whenStartingLocaleReady(loadLocaleLazily, () => defineElement('kyr-detainer-explainer', KyrDetainerExplainer));

export { KyrDetainerExplainer };

// Typed `kyr-*` events (HTMLElementEventMap) for apps that import only this entry.
export type { DecisionDetail, FeedbackDetail, KyrEventMap, LocaleChangeDetail } from './events.js';

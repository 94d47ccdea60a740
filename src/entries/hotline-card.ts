/**
 * Entry `kyr-widgets/hotline-card.js` (`dist/npm/hotline-card.js`; for a script tag,
 * `dist/hotline-card.js`): defines `<kyr-hotline-card>` only, its locales loaded lazily.
 */
import { startLocalization } from '../i18n/runtime.js';
import { loadLocaleLazily } from '../i18n/lazy-locales.js';
import { defineElement } from '../elements/define.js';
import { KyrHotlineCard } from '../elements/hotline-card/hotline-card.js';

// Defined at once, so a framework sees its properties (`'headingLevel' in element`); its first
// render waits for the page's starting language (KyrElement), showing its fallback until then.
startLocalization(loadLocaleLazily);
defineElement('kyr-hotline-card', KyrHotlineCard);

export { KyrHotlineCard };

// Typed `kyr-*` events (HTMLElementEventMap) for apps that import only this entry.
export type { DecisionDetail, FeedbackDetail, KyrEventMap, LocaleChangeDetail } from '../events.js';

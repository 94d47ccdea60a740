/** Entry: defines `<kyr-detainer-explainer>` only (lazy locale chunks). */
import { startLocalization } from './i18n/runtime.js';
import { loadLocaleLazily } from './i18n/lazy-locales.js';
import { defineElement } from './define.js';
import { KyrDetainerExplainer } from './elements/detainer-explainer/detainer-explainer.js';

startLocalization(loadLocaleLazily);
defineElement('kyr-detainer-explainer', KyrDetainerExplainer);

export { KyrDetainerExplainer };

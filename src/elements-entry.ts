/**
 * Entry `kyr-widgets/elements.js`: every class and `defineElement`, defining no tag, for
 * registering the elements under other names or in a scoped registry. It starts the
 * page-wide language (lazy chunks), so elements defined under other names switch too.
 */
import { loadLocaleLazily } from './i18n/lazy-locales.js';
import { startLocalization } from './i18n/runtime.js';

startLocalization(loadLocaleLazily);

export * from './elements.js';
export { getLocale, setLocale } from './i18n/runtime.js';

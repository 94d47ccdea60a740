/**
 * Entry `kyr-widgets/elements.js` (`dist/npm/elements.js`; for a script tag, `dist/elements.js`):
 * the element registry (src/elements/registry.ts) and `defineElement`, defining no tag, for
 * registering the elements under other names or in a scoped registry. Its elements start the
 * page-wide language (lazy chunks) when they first connect, so elements defined under other
 * names switch too.
 */
import { loadLocaleLazily } from '../i18n/lazy-locales.js';
import { useLocaleLoader } from '../i18n/runtime.js';

// The page-wide language starts when the first element connects (see KyrElement).
useLocaleLoader(loadLocaleLazily);

export * from '../elements/registry.js';
export { getLocale, setLocale } from '../i18n/runtime.js';

// Typed `kyr-*` events (HTMLElementEventMap) for apps that import only this entry.
export type { DecisionDetail, FeedbackDetail, KyrEventMap, LocaleChangeDetail } from '../events.js';

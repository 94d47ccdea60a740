import type { LocaleLoader } from './runtime.js';
// Named imports in the generated module, not `import * as`: a bundled namespace object is built
// with a for…in loop, which breaks on pages that add enumerable keys to Object.prototype. It lists
// languages that share a script side by side (src/generated/bundled-locale-templates.ts, written
// from the list of languages by scripts/localize.mjs), so gzip finds each one's repeats within its window.
import { templates } from '../generated/bundled-locale-templates.js';

/** Standalone build: every locale is inside the one file, so switching makes no request. */
export const loadLocaleBundled: LocaleLoader = (locale) => {
  const found = templates.get(locale);
  return found ? Promise.resolve({ templates: found }) : Promise.reject(new Error(`No bundled translations for "${locale}"`));
};

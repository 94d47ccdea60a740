import type { LocaleModule } from '@lit/localize';
import type { LocaleLoader } from './runtime.js';
// Named imports, not `import * as`: a bundled namespace object is built with a
// for…in loop, which breaks on pages that add enumerable keys to Object.prototype.
// Languages that share words or letters sit side by side (Haitian Creole and French, Urdu and
// Arabic, the two Chinese scripts), so gzip finds each one's repeats within its window.
import { templates as ht } from '../generated/locales/ht.js';
import { templates as fr } from '../generated/locales/fr.js';
import { templates as es } from '../generated/locales/es.js';
import { templates as pl } from '../generated/locales/pl.js';
import { templates as ru } from '../generated/locales/ru.js';
import { templates as bn } from '../generated/locales/bn.js';
import { templates as ur } from '../generated/locales/ur.js';
import { templates as ar } from '../generated/locales/ar.js';
import { templates as ko } from '../generated/locales/ko.js';
import { templates as zhHant } from '../generated/locales/zh-Hant.js';
import { templates as zhHans } from '../generated/locales/zh-Hans.js';

const templates = new Map<string, LocaleModule['templates']>([
  ['ar', ar], ['bn', bn], ['es', es], ['fr', fr], ['ht', ht], ['ko', ko],
  ['pl', pl], ['ru', ru], ['ur', ur], ['zh-Hans', zhHans], ['zh-Hant', zhHant],
]);

/** Standalone build: every locale is inside the one file, so switching makes no request. */
export const loadLocaleBundled: LocaleLoader = (locale) => {
  const found = templates.get(locale);
  return found ? Promise.resolve({ templates: found }) : Promise.reject(new Error(`No bundled translations for "${locale}"`));
};

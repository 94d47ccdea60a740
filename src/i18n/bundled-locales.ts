import type { LocaleModule } from '@lit/localize';
import type { LocaleLoader } from './runtime.js';
import * as ar from '../generated/locales/ar.js';
import * as bn from '../generated/locales/bn.js';
import * as es from '../generated/locales/es.js';
import * as fr from '../generated/locales/fr.js';
import * as ht from '../generated/locales/ht.js';
import * as ko from '../generated/locales/ko.js';
import * as pl from '../generated/locales/pl.js';
import * as ru from '../generated/locales/ru.js';
import * as ur from '../generated/locales/ur.js';
import * as zhHans from '../generated/locales/zh-Hans.js';
import * as zhHant from '../generated/locales/zh-Hant.js';

const modules: Record<string, LocaleModule> = {
  ar, bn, es, fr, ht, ko, pl, ru, ur, 'zh-Hans': zhHans, 'zh-Hant': zhHant,
};

/** Standalone build: every locale is inside the one file, so switching makes no request. */
export const loadLocaleBundled: LocaleLoader = (locale) => {
  const module = modules[locale];
  return module ? Promise.resolve(module) : Promise.reject(new Error(`No bundled translations for "${locale}"`));
};

import type { LocaleCode } from './locales.js';

/**
 * Locales Intl is asked for, best first: where a browser has no data for a
 * language (Haitian Creole), the closest one it has, never English by accident.
 */
const intlLocales: Partial<Record<LocaleCode, string[]>> = { ht: ['ht', 'fr'] };

/**
 * One numbering system in every locale, pinned rather than left to the browser's ICU
 * version: Western digits (`nu-latn`). The numbers the sources print inside sentences
 * (Local Law 228, 287(g), form I-247, the phone numbers) are in Western digits and must
 * stay as written to be found and dialled, so years, counts and the question counter
 * use the same digits beside them (no "২০১৪" next to "2017" in Bengali).
 */
const NUMBERING = 'latn';
const intlLocale = (locale: LocaleCode) => (intlLocales[locale] ?? [locale]).map((tag) => `${tag}-u-nu-${NUMBERING}`);

/*
 * Intl formatters are costly to build (the first one in a tab loads ICU data: tens of
 * milliseconds on a slow phone), so each is built once per locale and kind, and reused.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => T): T {
  let cached = formatters.get(key) as T | undefined;
  if (!cached) formatters.set(key, (cached = build()));
  return cached;
}

/** 1,526 in English, 1.526 in Spanish, 1,526 (Western digits) in Arabic. */
export function formatNumber(value: number, locale: LocaleCode): string {
  // A whole number below 1,000 has no group separator: in Western digits it reads the same in
  // every locale, so the question counter and "about 170" need no formatter on first paint.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  return formatter(`n ${locale}`, () => new Intl.NumberFormat(intlLocale(locale))).format(value);
}

/** An ISO date (`2014-11-14`, `2017-05` or `2017`) in the reader's language, as precise as the date is. */
export function formatDate(iso: string, locale: LocaleCode): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return formatter(`d ${locale} ${iso.length}`, () => new Intl.DateTimeFormat(intlLocale(locale), options)).format(date);
}

/**
 * Builds the number and full-date formatters of `locale` in a task of its own, for a part that
 * shows dates and figures (the explainer's timeline): the first Intl formatter of a tab sets up
 * ICU, tens of milliseconds on a phone, done while the part downloads (or, in the standalone
 * file, between the first render and the part's), never inside a render. Resolves when done.
 */
export function prepareFormats(locale: LocaleCode): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(() => {
      formatNumber(1000, locale);
      formatDate('2000-01-01', locale);
      resolve();
    }),
  );
}

/** An ISO weekday (1 Monday … 7 Sunday) by its name in the reader's language. */
export function formatWeekday(isoDay: number, locale: LocaleCode): string {
  // January 1, 2024 was a Monday.
  const date = new Date(Date.UTC(2024, 0, isoDay));
  return formatter(`w ${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', weekday: 'long' })).format(date);
}

/** Opening hours, `09:00` to `18:00`, as the locale writes a span of time ("9:00 AM – 6:00 PM", "9:00–18:00"). */
export function formatTimeRange(opens: string, closes: string, locale: LocaleCode): string {
  const at = (time: string) => {
    const [hours, minutes] = time.split(':').map(Number);
    return new Date(Date.UTC(2024, 0, 1, hours, minutes));
  };
  const format = formatter(`t ${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }));
  return format.formatRange(at(opens), at(closes));
}

import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { HotlineHours } from '../content/hotlines.js';
import { formatDate, formatTimeRange, formatWeekday } from '../i18n/format.js';
import type { LocaleCode } from '../i18n/locales.js';

/** The days of one row: "Monday to Friday", or one day's name. */
function days([first, last]: readonly [number, number], locale: LocaleCode): string {
  if (first === last) return formatWeekday(first, locale);
  return msg(str`${formatWeekday(first, locale)} to ${formatWeekday(last, locale)}`, { id: 'hours.day-range' });
}

/**
 * A time range isolated in the direction of its own first letter (U+2068 … U+2069): Urdu's
 * "9:00 AM – 6:00 PM" stays in that order inside a right-to-left line (it showed as
 * "AM – 6:00 PM 9:00"), and Arabic's "9:00 ص – 6:00 م" stays right to left.
 */
const isolated = (text: string): string => `\u2068${text}\u2069`;

/**
 * A hotline's published hours, one row a line, in the reader's language (Intl names the days and
 * writes the times), then the time zone and the date the hours were published.
 */
export function renderHours(hours: HotlineHours, locale: LocaleCode) {
  return html`<ul class="hours">
      ${hours.rows.map((row) => html`<li>${msg(str`${days(row.days, locale)}: ${isolated(formatTimeRange(row.opens, row.closes, locale))}`, { id: 'hours.row' })}</li>`)}
    </ul>
    <span class="as-of">${msg(str`New York time, as of ${formatDate(hours.asOf, locale)}.`, { id: 'hours.as-of' })}</span>`;
}

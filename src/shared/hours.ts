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
 * A hotline's published hours, one row a line, in the reader's language (Intl names the days and
 * writes the times), then the time zone and the date the hours were published.
 */
export function renderHours(hours: HotlineHours, locale: LocaleCode) {
  return html`<ul class="hours">
      ${hours.rows.map((row) => html`<li>${msg(str`${days(row.days, locale)}: ${formatTimeRange(row.opens, row.closes, locale)}`, { id: 'hours.row' })}</li>`)}
    </ul>
    <span class="as-of">${msg(str`New York time, as of ${formatDate(hours.asOf, locale)}.`, { id: 'hours.as-of' })}</span>`;
}

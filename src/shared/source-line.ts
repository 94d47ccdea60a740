import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CONTENT_CHECKED } from '../content/checked.js';
import { sources, type SourceId } from '../content/sources.js';
import { formatDate } from '../i18n/format.js';
import { getLocale } from '../i18n/runtime.js';

/**
 * "Source: Know-Your-Rights, NYC 311, City of New York (portal.311.nyc.gov), as seen on December 6, 2026": where the
 * facts come from, each with its own date, and, for a content widget (`checked`), the day the
 * content was last compared with these sources.
 */
export function sourceLine(ids: readonly SourceId[], { checked = false }: { checked?: boolean } = {}): TemplateResult {
  const locale = getLocale();
  const items = [...new Set(ids)].map((id) => {
    const source = sources[id];
    const title = source.url
      ? html`<a href=${source.url} rel="noopener" class=${source.urlLabel ? 'url-shown' : ''} lang="en" dir="ltr">${source.title}</a>`
      : html`<cite lang="en" dir="ltr">${source.title}</cite>`;
    const publisher = source.publisher();
    // The comma and parentheses are the locale's own ("،" in Arabic, "（）" in Chinese).
    const item = source.urlLabel
      ? msg(html`${title}, ${publisher} (${html`<bdi dir="ltr" class="print-url">${source.urlLabel}</bdi>`})`, { id: 'source.item-with-address' })
      : msg(html`${title}, ${publisher}`, { id: 'source.item' });
    const time = (iso: string) => html`<time datetime=${iso}>${formatDate(iso, locale)}</time>`;
    // An undated page that a later source saw still saying it carries that day, else "undated".
    const date = source.date
      ? time(source.date)
      : source.seen
        ? msg(html`as seen on ${time(source.seen)}`, { id: 'source.seen' })
        : msg('undated', { id: 'source.undated' });
    return html`<li>${msg(html`${item}, ${date}`, { id: 'source.item-dated' })}</li>`;
  });
  return html`<div class="source" part="source">
    <span>${msg('Source:', { id: 'source.label' })}</span>
    <ul class="source-list">${items}</ul>
    ${checked
      ? html`<p class="checked" part="checked">${msg(str`Checked against these sources on ${formatDate(CONTENT_CHECKED, locale)}.`, { id: 'source.checked' })}</p>`
      : nothing}
  </div>`;
}

import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { sources, type SourceId } from '../content/sources.js';

/** "Source: Know Your Rights, City of New York (nyc.gov/KnowYourRights)": where the facts come from. */
export function sourceLine(ids: readonly SourceId[]): TemplateResult {
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
    return html`<li>${item}</li>`;
  });
  return html`<div class="source" part="source">
    <span>${msg('Source:', { id: 'source.label' })}</span>
    <ul class="source-list">${items}</ul>
  </div>`;
}

import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { figures, timeline } from '../../content/detainer-history.js';
import type { SourceId } from '../../content/sources.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import type { LocaleCode } from '../../i18n/locales.js';
import { heading, type HeadingLevel } from '../../shared/heading.js';

/*
 * The explainer's timeline and key figures, loaded as a chunk of their own: they sit below the
 * step-through, so the page's first load does not carry them (the explainer's first render
 * waits for this module; a server renderer loads it before rendering).
 */

export const timelineSources: readonly SourceId[] = [...new Set(timeline.flatMap((event) => event.sources))];
export const figureSources: readonly SourceId[] = [...new Set(figures.flatMap((figure) => figure.sources))];

export function renderTimeline(level: HeadingLevel, locale: LocaleCode) {
  return html`<div class="part" part="timeline">
    ${heading(level, msg('Timeline', { id: 'detainer.timeline.title' }), { className: 'subheading' }, 1)}
    <ol class="timeline">
      ${timeline.map(
        (event) => html`<li>
          <time datetime=${event.asOf}>${formatDate(event.asOf, locale)}</time>
          <p>${event.text(locale)}</p>
        </li>`,
      )}
    </ol>
  </div>`;
}

export function renderFigures(level: HeadingLevel, locale: LocaleCode) {
  return html`<div class="part" part="figures">
    ${heading(level, msg('Key figures', { id: 'detainer.figures.title' }), { className: 'subheading' }, 1)}
    <ul class="figures">
      ${figures.map(
        (figure) => html`<li>
          <span class="figure-value">${figure.approximate
            ? msg(str`about ${formatNumber(figure.value, locale)}`, { id: 'detainer.figure.approximately' })
            : formatNumber(figure.value, locale)}</span>
          <span class="figure-label">${figure.label()}</span>
          <span class="figure-source">${msg(str`Reported by: ${figure.reportedBy()}`, { id: 'detainer.figure.reported-by' })}</span>
        </li>`,
      )}
    </ul>
  </div>`;
}

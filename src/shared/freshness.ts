import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { CONTENT_CHECKED } from '../content/checked.js';
import { formatDate } from '../i18n/format.js';
import type { LocaleCode } from '../i18n/locales.js';
import { hotlineCallLink } from './phone-link.js';

/**
 * Shown above a content widget's content when the reader's clock is more than a year past the
 * day the content was last checked (content/checked.ts): an old pinned release must not state
 * old rules as today's. It says when, that rules may have changed, and whom to call to confirm.
 */
export function staleNotice(locale: LocaleCode) {
  return html`<div class="stale" part="stale-notice" role="note" aria-labelledby="stale-title">
    <p id="stale-title"><strong>${msg('This information may be out of date.', { id: 'stale.title' })}</strong></p>
    <p>
      ${msg(str`It was last checked on ${formatDate(CONTENT_CHECKED, locale)}. Laws and policies may have changed since then. Call to confirm what applies today.`, {
        id: 'stale.text',
      })}
    </p>
    <div class="call-links">${hotlineCallLink('311')} ${hotlineCallLink('new-americans')}</div>
  </div>`;
}

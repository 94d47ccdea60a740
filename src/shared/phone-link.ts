import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { hotlines, type HotlineId } from '../content/hotlines.js';
import { stripDirectionMarks } from './bidi.js';
import { phoneIcon } from './icons.js';
import { parsePhone } from './phone.js';

/**
 * A call link's accessible name: the words on screen, "Call (800) 354-0365" (so voice control
 * finds it), then ", ActionNYC Hotline", with the locale's own comma. Just "Call 311" when the
 * name is the number. An aria-label, not hidden text: browsers put a space before the comma
 * when the visible part is a flex or grid box. No invisible direction marks.
 */
export function callLinkName(display: string, name: string): string {
  const onScreen = `${msg('Call', { id: 'hotline.call' })} ${display}`;
  const suffix = name.trim() === display.trim() ? '' : msg(str`, ${name}`, { id: 'hotline.call-name.suffix' });
  return stripDirectionMarks(onScreen + suffix);
}

/**
 * A phone number that wraps only between its groups, "(800)" then "354-0365", never after
 * the hyphen (browsers break there), so a narrow card or large text never splits the digits.
 */
export function phoneDigits(display: string) {
  return display.split(' ').map((group, i) => html`${i ? ' ' : ''}<span class="digits">${group}</span>`);
}

/**
 * A compact call link for a built-in hotline, from the same data as
 * `<kyr-hotline-card>`, so a number lives in one place. The number stays
 * left-to-right inside right-to-left text.
 */
export function hotlineCallLink(id: HotlineId) {
  const hotline = hotlines[id];
  const phone = parsePhone(hotline.phone);
  if (!phone) return nothing;
  return html`<a class="call-link" part="phone-link" href=${phone.href} aria-label=${callLinkName(phone.display, hotline.name())}
    >${phoneIcon}<span>${msg('Call', { id: 'hotline.call' })}</span> <bdi dir="ltr" class="number">${phoneDigits(phone.display)}</bdi></a
  >`;
}

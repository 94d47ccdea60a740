import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { hotlines, type HotlineId } from '../content/hotlines.js';
import { phoneIcon } from './icons.js';
import { parsePhone } from './phone.js';

/**
 * A compact call link for a built-in hotline, from the same data as
 * `<kyr-hotline-card>`, so a number lives in one place. The number stays
 * left-to-right inside right-to-left text.
 */
export function hotlineCallLink(id: HotlineId) {
  const hotline = hotlines[id];
  const phone = parsePhone(hotline.phone);
  if (!phone) return nothing;
  return html`<a class="call-link" part="phone-link" href=${phone.href}
    >${phoneIcon}<span>${msg('Call', { id: 'hotline.call' })}</span> <bdi dir="ltr" class="number">${phone.display}</bdi
    ><span class="visually-hidden">, ${hotline.name()}</span></a
  >`;
}

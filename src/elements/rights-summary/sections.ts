import { html } from 'lit';
import { msg, str } from '@lit/localize';
import {
  DETAINEE_LOCATOR_URL,
  DOOR_GUIDANCE_DATE,
  detaineeLocatorName,
  doorSteps,
  rightsPoints,
} from '../../content/rights.js';
import type { SourceId } from '../../content/sources.js';
import { formatDate } from '../../i18n/format.js';
import type { LocaleCode } from '../../i18n/locales.js';
import { heading, type HeadingLevel } from '../../shared/heading.js';
import { cautionIcon, checkIcon } from '../../shared/icons.js';
import { officialName } from '../../shared/official-name.js';
import { hotlineCallLink } from '../../shared/phone-link.js';
import type { SectionName } from './section-names.js';

/*
 * The rights summary's sections: what to do if ICE is at your door, the rights, and what to do if
 * someone has been detained. A chunk of its own, loaded by the element (its update waits for it).
 */

/** The sources each section draws on, for the source line. */
export const sectionSources: Record<SectionName, readonly SourceId[]> = {
  door: doorSteps[0].sources,
  rights: [...new Set(rightsPoints.flatMap((point) => point.sources))],
  detained: ['nyc-kyr'],
};

/** One section, by name. */
export function renderSection(name: SectionName, level: HeadingLevel, locale: LocaleCode) {
  return name === 'door' ? renderDoor(level, locale) : name === 'rights' ? renderRights(locale) : renderDetained(level);
}

export function renderRights(locale: LocaleCode) {
  // A caution (a protection that ended) has no check mark: it is not a right.
  return html`<ul class="points" part="points">
    ${rightsPoints.map(
      (point) => html`<li class=${point.kind === 'caution' ? 'caution' : 'right'}>${point.kind === 'caution' ? cautionIcon : checkIcon}<span>${point.text(locale)}</span></li>`,
    )}
  </ul>`;
}

/** If ICE is at your door: the City's guidance of January 2025, in short numbered steps, then whom to call. */
export function renderDoor(level: HeadingLevel, locale: LocaleCode) {
  return html`
    <div class="door" part="door">
      ${heading(level, msg('If ICE is at your door', { id: 'rights.door.title' }), { id: 'door', className: 'subheading' }, 1)}
      <p class="as-of">${msg(str`From the City’s guidance of ${formatDate(DOOR_GUIDANCE_DATE, locale)}.`, { id: 'rights.door.as-of' })}</p>
      <ol class="steps">
        ${doorSteps.map((step) => html`<li><p>${step.text()}</p></li>`)}
      </ol>
      <p>${msg('If ICE is at your home, you can call 311 to be transferred to an agency that can help you.', { id: 'rights.door.call-311' })}</p>
      ${hotlineCallLink('311')}
    </div>
  `;
}

export function renderDetained(level: HeadingLevel) {
  return html`
    <div class="if-ice" part="if-ice">
      ${heading(level, msg('If someone has been detained', { id: 'rights.detained.title' }), { id: 'if-ice', className: 'subheading' }, 1)}
      <ol class="steps">
        <li>
          <p>${msg('Call 311. You will be transferred to an agency that can help you, and you can leave a message.', { id: 'rights.if-ice.call-311' })}</p>
          ${hotlineCallLink('311')}
        </li>
        <li>
          <p>${msg('For immigration legal help, call the ActionNYC Hotline.', { id: 'rights.if-ice.actionnyc' })}</p>
          ${hotlineCallLink('actionnyc')}
        </li>
        <li>
          <p>${msg('If you need help with a deportation case, the New Americans Hotline of the New York State Office for New Americans will refer you to organizations that give free and confidential help.', { id: 'rights.if-ice.new-americans-state' })}</p>
          ${hotlineCallLink('new-americans')}
        </li>
        <li>
          <p>
            ${msg('To find a family member who is in immigration detention, enter their information in the Online Detainee Locator System of the U.S. Department of Homeland Security.', { id: 'rights.if-ice.locator' })}
          </p>
          <a href=${DETAINEE_LOCATOR_URL} rel="noopener">${officialName(detaineeLocatorName)}</a>
        </li>
      </ol>
    </div>
  `;
}

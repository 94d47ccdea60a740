import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { DEFAULT_HOTLINE, hotlines, isHotlineId, type HotlineId } from '../../content/hotlines.js';
import type { SourceId } from '../../content/sources.js';
import { heading } from '../../shared/heading.js';
import { KyrSectionElement } from '../../shared/kyr-element.js';
import { officialName, type OfficialName } from '../../shared/official-name.js';
import { copyIcon, phoneIcon, saveContactIcon } from '../../shared/icons.js';
import { renderHours } from '../../shared/hours.js';
import { sourceLine } from '../../shared/source-line.js';
import { stripDirectionMarks } from '../../shared/bidi.js';
import { warnAttribute } from '../../shared/warn.js';
import { hotlineCardStyles } from './hotline-card.styles.js';
import { parsePhone, type PhoneNumber } from '../../shared/phone.js';
import { callLinkName, phoneDigits } from '../../shared/phone-link.js';
import { vCardFileName, vCardHref } from './vcard.js';
import { MAX_TEXT } from './max-text.js';

/** What the card shows, resolved from a built-in hotline or the partner's attributes. */
interface CardContent {
  name: string;
  /** The name came from the partner's attribute (so it is in the page's language). */
  partnerName?: boolean;
  /** For the contact file: the agency as the partner wrote it, or the official English name. */
  organization?: string;
  /** A partner's agency as written, or a built-in hotline's official name. */
  agency?: TemplateResult | OfficialName;
  description?: string | TemplateResult;
  whenYouCall?: string;
  hours?: string | TemplateResult;
  /** Dialable number, or undefined when the written number cannot be dialled. */
  phone?: PhoneNumber;
  /** The number as written, shown without a link when it cannot be dialled. */
  phoneText: string;
  sources?: readonly SourceId[];
}

type CopyState = 'idle' | 'copied' | 'selected' | 'saved';


/** One row of the details list; none where the sources give nothing (no empty "Hours"). */
const detail = (term: string, value: string | TemplateResult | undefined) =>
  value ? html`<div><dt>${term}</dt> <dd>${value}</dd></div>` : nothing;

/** What a broken CMS template writes into an attribute; never shown to a reader. */
const TEMPLATE_ARTIFACTS = new Set(['undefined', 'null', 'NaN', '[object Object]']);

/**
 * One hotline a person can call: its name, agency, a big one-tap call link,
 * its hours where known, what happens when you call, a link that saves the number as a
 * contact (a vCard file, with JavaScript off too) and a button that copies it.
 *
 * @tagname kyr-hotline-card
 * @summary A hotline with a one-tap call link, "Save contact" and "Copy number".
 *
 * @attr hotline - Built-in hotline: `actionnyc` (default), `new-americans` or `311`.
 * @attr name - A partner's own hotline: its name. With `phone`, replaces the built-in hotline.
 * @attr phone - A partner's own hotline: the number, e.g. `(212) 555-0100`, `311` or `+33 1 23 45 67 89`.
 * @attr agency - A partner's own hotline: who runs it.
 * @attr hours - Opening hours as text. For a partner's own hotline; on a built-in one it replaces the published hours (shown with the date they were published).
 * @attr description - A partner's own hotline: what it helps with.
 * @attr heading-level - Level of the card's heading, 2–6 (default 2), to fit the page's outline.
 *
 * @slot - Fallback content shown until the element is defined (and if the script never runs). Replaced once it renders.
 *
 * @csspart card - The card's outer box.
 * @csspart heading - The hotline's name.
 * @csspart agency - The agency that runs the hotline.
 * @csspart description - What the hotline helps with.
 * @csspart phone-link - The call link (`tel:`).
 * @csspart phone-text - The number shown without a link when it cannot be dialled.
 * @csspart details - The hours and what happens when you call.
 * @csspart actions - The row of "Save contact" and "Copy number".
 * @csspart save-button - "Save contact": a link that downloads the contact file (`.vcf`), styled as a button.
 * @csspart copy-button - "Copy number" (shown once the script runs).
 * @csspart status - The announced confirmation after copying or saving.
 * @csspart source - Where the facts come from.
 */
export class KyrHotlineCard extends KyrSectionElement {
  static override styles = hotlineCardStyles;
  static override properties: PropertyDeclarations = {
    hotline: { reflect: true },
    name: {},
    phone: {},
    agency: {},
    hours: {},
    description: {},
    copyState: { state: true },
  };

  /** Built-in hotline: `actionnyc` (default), `new-americans` or `311`. */
  hotline: string = 'actionnyc';

  /** A partner's own hotline name. With `phone`, replaces the built-in hotline. */
  name?: string;

  /** A partner's own hotline number. */
  phone?: string;

  /** Who runs the partner's hotline. */
  agency?: string;

  /** Opening hours of the partner's hotline, as text. */
  hours?: string;

  /** What the partner's hotline helps with. */
  description?: string;

  private copyState: CopyState = 'idle';

  private content!: CardContent;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.content = this.resolveContent();
    // A confirmation belongs to the number it was about.
    if (['hotline', 'phone', 'name'].some((key) => changed.has(key as keyof KyrHotlineCard))) this.copyState = 'idle';
  }

  private resolveContent(): CardContent {
    const own = {
      name: this.text('name', this.name),
      phone: this.text('phone', this.phone),
      agency: this.text('agency', this.agency),
      hours: this.text('hours', this.hours),
      description: this.text('description', this.description),
    };
    if (own.phone) {
      const phone = parsePhone(own.phone);
      if (!phone) warnAttribute(this, 'phone', this.phone, 'not a phone number that can be dialled; showing it without a call link.');
      const partner = (text?: string) => (text ? this.partnerText(text) : undefined);
      return {
        name: own.name ?? msg('Hotline', { id: 'hotline.custom.default-name' }),
        partnerName: own.name !== undefined,
        organization: own.agency,
        agency: partner(own.agency),
        description: partner(own.description),
        hours: partner(own.hours),
        phone,
        phoneText: own.phone,
      };
    }
    if (own.name) warnAttribute(this, 'name', this.name, 'a custom hotline needs a `phone` too; showing the built-in hotline.');

    let id: HotlineId = DEFAULT_HOTLINE;
    if (isHotlineId(this.hotline)) id = this.hotline;
    else warnAttribute(this, 'hotline', this.hotline, `unknown hotline (use actionnyc, new-americans or 311); showing ${DEFAULT_HOTLINE}.`);
    const hotline = hotlines[id];
    return {
      name: hotline.name(),
      agency: hotline.agency,
      organization: hotline.agency?.english,
      description: hotline.description(),
      whenYouCall: hotline.whenYouCall(),
      // A partner's own hours win (they may know of a change); else the published hours, dated.
      hours: own.hours ? this.partnerText(own.hours) : hotline.hours && renderHours(hotline.hours, this.locale),
      phone: parsePhone(hotline.phone),
      phoneText: hotline.phone,
      sources: hotline.hours ? [...hotline.sources, ...hotline.hours.sources] : hotline.sources,
    };
  }

  protected override render() {
    const { name, agency, description, whenYouCall, hours, phone, phoneText, sources } = this.content;
    return html`
      <article class="root surface card" part="card" lang=${this.locale} dir=${this.contentDir} aria-labelledby="name">
        <header class="header">
          ${heading(this.level, this.content.partnerName ? this.partnerText(name) : name, { id: 'name', className: 'heading' })}
          ${agency ? html`<p class="agency" part="agency">${'english' in agency ? officialName(agency) : agency}</p>` : nothing}
        </header>
        ${description ? html`<p part="description">${description}</p>` : nothing}
        ${phone
          ? html`<a class="call-link call" part="phone-link" href=${phone.href} aria-label=${callLinkName(phone.display, name)}>
              ${phoneIcon}
              <span class="call-text">
                <span class="call-label">${msg('Call', { id: 'hotline.call' })}</span>
                <bdi class="number" dir="ltr">${phoneDigits(phone.display)}</bdi>
              </span>
            </a>`
          : html`<p class="number unlinked" part="phone-text"><bdi dir="ltr">${phoneText}</bdi></p>`}
        ${hours || whenYouCall
          ? html`<dl class="details" part="details">
              ${detail(msg('Hours', { id: 'hotline.hours' }), hours)}
              ${detail(msg('When you call', { id: 'hotline.when-you-call' }), whenYouCall)}
            </dl>`
          : nothing}
        ${phone ? this.renderActions(phone) : nothing}
        ${sources ? sourceLine(sources) : nothing}
      </article>
    `;
  }

  private renderActions(phone: PhoneNumber) {
    const status = {
      idle: '',
      copied: msg(html`Number copied: <bdi dir="ltr">${phone.display}</bdi>`, { id: 'hotline.copied' }),
      selected: msg(html`Copying is blocked here. The number is selected: <bdi dir="ltr">${phone.display}</bdi>`, { id: 'hotline.copy-blocked' }),
      saved: msg('Contact file saved. Open it to add the number to your contacts.', { id: 'hotline.saved' }),
    }[this.copyState];
    const { name, organization } = this.content;
    // Each control is described by the card's heading: with several cards on a page, each "Save contact" says whose.
    // "Save contact" is a link to the contact file itself, so it saves with JavaScript off too; "Copy number" needs the script.
    return html`
      <div class="actions" part="actions">
        <div class="buttons">
          <a
            class="button"
            part="save-button"
            href=${vCardHref({ name, organization, phone: phone.dial })}
            download=${vCardFileName(name)}
            aria-describedby="name"
            @click=${this.contactSaved}
          >
            ${saveContactIcon}<span>${msg('Save contact', { id: 'hotline.save-contact' })}</span>
          </a>
          <button type="button" class="needs-script" part="copy-button" aria-describedby="name" @click=${this.copyNumber}>
            ${copyIcon}<span>${msg('Copy number', { id: 'hotline.copy-number' })}</span>
          </button>
        </div>
        <p class="status" part="status" role="status">${status}</p>
      </div>
    `;
  }

  /**
   * Text the partner wrote is in their page's language, not necessarily the reader's:
   * mark it so, for screen readers, and let its own direction decide (WCAG 3.1.2).
   */
  private partnerText(text: string): TemplateResult {
    // The element's own `lang` first; on a server there is no page to ask (an empty lang: unknown).
    const page = isServer ? undefined : this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    const pageLanguage = this.getAttribute('lang') || page || '';
    return html`<span lang=${pageLanguage} dir="auto">${text}</span>`;
  }

  /** Trimmed attribute text, undefined when empty; over-long text is cut, with a warning. */
  private text(attribute: string, value: unknown): string | undefined {
    if (typeof value !== 'string') return undefined;
    // Invisible direction characters could make a name show digits in another order than the
    // number the link dials; partner text is isolated by its element (dir="auto") instead.
    const text = stripDirectionMarks(value).trim();
    if (text !== value.trim()) warnAttribute(this, attribute, value, 'contains invisible direction characters, which can make text read in another order than it is written; removed them.');
    if (TEMPLATE_ARTIFACTS.has(text)) {
      warnAttribute(this, attribute, value, 'looks like a broken template value; ignoring it.');
      return undefined;
    }
    if (text.length > MAX_TEXT) warnAttribute(this, attribute, value, `longer than ${MAX_TEXT} characters; showing the first ${MAX_TEXT}.`);
    return text ? text.slice(0, MAX_TEXT) : undefined;
  }

  /** The link saves the file itself; the card confirms it in its live region. */
  private contactSaved(): void {
    this.copyState = 'saved';
  }

  private async copyNumber(): Promise<void> {
    const phone = this.content.phone;
    if (!phone) return;
    // Empty the live region first, so a second copy is announced again.
    this.copyState = 'idle';
    await this.updateComplete;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard API unavailable');
      await navigator.clipboard.writeText(phone.display);
      this.copyState = 'copied';
    } catch {
      this.copyState = this.copyWithSelection() ? 'copied' : 'selected';
    }
  }

  /** Fallback for pages where the Clipboard API is refused: select the number, try the old copy command, leave it selected. */
  private copyWithSelection(): boolean {
    const number = this.renderRoot.querySelector('.number');
    const selection = getSelection();
    if (!number || !selection) return false;
    selection.selectAllChildren(number);
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'kyr-hotline-card': KyrHotlineCard;
  }
}

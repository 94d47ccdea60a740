import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { allLocales, directionOf, displayOrder, endonyms, isLocale, sourceLocale, type LocaleCode } from '../../i18n/locales.js';
import { matchLocale } from '../../i18n/negotiate.js';
import { getLocale, getRequestedLocale, hasReaderChosen, setLocale } from '../../i18n/runtime.js';
import { globeIcon } from '../../shared/icons.js';
import { KyrElement } from '../../shared/kyr-element.js';
import { warnAttribute } from '../../shared/warn.js';
import { languagePickerStyles } from './language-picker.styles.js';
import type { LocaleChangeDetail } from '../../events.js';

/** How long the picker waits after a change before switching every widget. */
const CHOICE_SETTLE_MS = 250;


/**
 * The kit's languages by their own names. Choosing one switches every kyr
 * widget on the page at once, including direction (right-to-left for Arabic
 * and Urdu). A native `<select>`, so it works with every keyboard, screen
 * reader and phone.
 *
 * Until focus, a pointer or a key reaches the select, it holds only the language in use: a
 * browser sizes a select from the text of all its options, and twelve scripts' names would
 * make an English page set up Bengali, Arabic, Urdu and Chinese fonts before anyone reads them.
 * The full list is in place before the select opens or a screen reader reads its options.
 *
 * @tagname kyr-language-picker
 * @summary Switches every kyr widget on the page to the reader's language.
 *
 * @attr {string} locales - Languages to offer, space-separated BCP 47 codes (default: all twelve: `en es zh-Hans zh-Hant ru bn ht ko ar ur fr pl`).
 * @attr {string} lang - A BCP 47 language tag (`es`, `es-MX`, `zh-TW`): the page's starting language for the widgets (before `<html lang>` and the browser's languages).
 *
 * @fires {CustomEvent<LocaleChangeDetail>} kyr-locale-change - The reader chose a language and every widget now shows it. `detail: { locale, previous }`.
 *
 * @slot - Fallback content shown until the element is defined (and if the script never runs).
 *
 * @csspart base - The wrapper of label and select.
 * @csspart label - The label ("Language", with a globe icon).
 * @csspart select - The native select.
 */
export class KyrLanguagePicker extends KyrElement {
  static override styles = languagePickerStyles;
  static override properties: PropertyDeclarations = { locales: {}, listed: { state: true } };

  /** Languages to offer, space-separated; unknown codes are warned about and left out. */
  locales?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locales')) this.offered = this.parseLocales();
  }

  private offered: readonly LocaleCode[] = displayOrder;

  /** Every offered language is listed (else only the one in use); the server renders it unlisted too. */
  private listed = false;

  /** Lists every language: one passive listener for focus, pointer, touch and keys. */
  private readonly lister = { handleEvent: () => (this.listed = true), passive: true };

  override connectedCallback(): void {
    super.connectedCallback();
    // The picker's own `lang` is the page author's choice of starting language.
    const wanted = this.getAttribute('lang');
    if (wanted && !hasReaderChosen()) {
      const match = matchLocale(wanted);
      if (match) void setLocale(match);
      else warnAttribute(this, 'lang', wanted, 'not a language the kit speaks; following the page instead.');
    }
  }

  private parseLocales(): readonly LocaleCode[] {
    if (typeof this.locales !== 'string' || !this.locales.trim()) return displayOrder;
    const tokens = this.locales.trim().split(/[\s,]+/);
    const matched = tokens.map((token) => matchLocale(token));
    if (matched.some((m) => !m)) {
      warnAttribute(this, 'locales', this.locales, `unknown language codes left out (use any of: ${allLocales.join(' ')}).`);
    }
    const known = [...new Set(matched.filter(isLocale))];
    return known.length ? known : displayOrder;
  }

  private settle?: ReturnType<typeof setTimeout>;

  /**
   * Some browsers fire `change` on every arrow key in a closed select: wait until the
   * reader stops on a language, so the page does not flip through Arabic and Urdu on the way.
   */
  private onChange(event: Event): void {
    const select = event.target as HTMLSelectElement;
    clearTimeout(this.settle);
    this.settle = setTimeout(() => void this.choose(select), CHOICE_SETTLE_MS);
  }

  private async choose(select: HTMLSelectElement): Promise<void> {
    // A picker taken off the page before the reader stopped (a closed dialog, an app's
    // navigation) changes nothing; one moved elsewhere is connected again by now and does.
    if (!this.isConnected) return;
    const previous = getLocale();
    const locale = select.value;
    if (!isLocale(locale)) return;
    await setLocale(locale, { chosen: true });
    if (getLocale() !== locale) {
      select.value = getRequestedLocale();
      return;
    }
    const detail: LocaleChangeDetail = { locale, previous };
    this.dispatchEvent(new CustomEvent<LocaleChangeDetail>('kyr-locale-change', { detail, bubbles: true, composed: true }));
  }

  /** The select shows the language in use (set after its options exist: a value set before them finds none). */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const select = this.renderRoot.querySelector('select');
    const selected = getRequestedLocale();
    if (select && select.value !== selected) select.value = selected;
  }

  protected override render() {
    const locale = this.locale;
    const selected = getRequestedLocale();
    const offered = !this.listed ? [selected] : this.offered.includes(selected) ? this.offered : [selected, ...this.offered];
    // A select does nothing without the script: server-rendered, the picker keeps its room but shows only once it works.
    return html`<div class="root picker needs-script" part="base" lang=${locale} dir=${this.contentDir}>
      <label for="select" part="label">
        ${globeIcon}
        <span>${msg('Language', { id: 'picker.label' })}</span>
        ${locale === sourceLocale ? nothing : html`<span class="english" lang="en" dir="ltr">(Language)</span>`}
      </label>
      <select
        id="select"
        part="select"
        @change=${this.onChange}
        @focus=${this.lister}
        @pointerenter=${this.lister}
        @pointerdown=${this.lister}
        @touchstart=${this.lister}
        @keydown=${this.lister}
      >
        ${offered.map(
          // The attribute picks the option at first paint (and in server-rendered HTML); updated()
          // keeps it right after a reader has chosen, when browsers ignore the attribute.
          (code) => html`<option value=${code} lang=${code} dir=${directionOf(code)} ?selected=${code === selected}>${endonyms[code]}</option>`,
        )}
      </select>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kyr-language-picker': KyrLanguagePicker;
  }
}

import { chooseLanguage } from '../helpers/picker.js';
import { expect, oneEvent } from '@open-wc/testing';
import { getLocale, setLocale } from '../../src/entries/index.js';
import type { LitElement } from 'lit';
import { getRequestedLocale } from '../../src/i18n/runtime.js';
import { spyConsole } from '../helpers/console.js';
import { localeLoaded } from '../helpers/wait.js';
import { $, shadow } from '../helpers/shadow.js';

// The kyr locale is page-wide, so these tests run in order on one page:
// following <html lang> first, then the reader's choice, which sticks.

const tags = ['kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer', 'kyr-language-picker'];
let widgets: LitElement[] = [];

async function settled(): Promise<void> {
  await Promise.all(widgets.map((w) => w.updateComplete));
}

/** Waits until the locale has loaded (its status event) and every widget has re-rendered. */
async function localeReady(locale: string): Promise<void> {
  await localeLoaded(locale, getLocale);
  expect(getLocale()).to.equal(locale);
  await settled();
}

const langs = () => widgets.map((w) => [shadow(w).firstElementChild?.getAttribute('lang'), shadow(w).firstElementChild?.getAttribute('dir')].join(' '));
const picker = () => widgets[3];

describe('one page-wide language for every kyr widget', () => {
  // Not a fixture: fixtures are removed after each test, and these widgets live through the whole file.
  const page = document.createElement('div');
  before(async () => {
    for (const tag of tags) page.append(document.createElement(tag));
    document.body.append(page);
    widgets = [...page.children] as LitElement[];
    await settled();
  });
  after(() => {
    page.remove();
    document.documentElement.removeAttribute('lang');
  });

  it('starts in English when neither the page nor the browser asks for another language', () => {
    expect(getLocale()).to.equal('en');
    expect(langs()).to.deep.equal(['en ltr', 'en ltr', 'en ltr', 'en ltr']);
  });

  it('follows the page when it changes <html lang> (es-MX finds Spanish)', async () => {
    document.documentElement.lang = 'es-MX';
    await localeReady('es');
    expect(langs()).to.deep.equal(['es ltr', 'es ltr', 'es ltr', 'es ltr']);
    expect($<HTMLSelectElement>(picker(), 'select').value).to.equal('es');
  });

  it('lays out Arabic right to left in every widget, keeping the phone number left to right', async () => {
    document.documentElement.lang = 'ar';
    await localeReady('ar');
    expect(langs()).to.deep.equal(['ar rtl', 'ar rtl', 'ar rtl', 'ar rtl']);
    const number = $(widgets[0], 'a[part="phone-link"] .number');
    expect(number.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(number).direction).to.equal('ltr');
    expect(number.textContent).to.equal('(800) 354-0365');
    // The call link's icon sits at the inline start, which is the right in Arabic.
    const link = $(widgets[0], 'a[part="phone-link"]').getBoundingClientRect();
    const icon = $(widgets[0], 'a[part="phone-link"] svg').getBoundingClientRect();
    expect(icon.right).to.be.greaterThan(link.right - 40);
  });

  it('formats numbers and dates for the locale with Intl', async () => {
    const figures = $(widgets[2], '[part="figures"]').textContent!;
    expect(figures).to.contain(new Intl.NumberFormat('ar').format(1526));
    const firstDate = $(widgets[2], '[part="timeline"] time');
    expect(firstDate.textContent).to.equal(new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2014, 10, 14)));
    expect(firstDate.getAttribute('datetime')).to.equal('2014-11-14');
  });

  it('is accessible (axe) in Arabic', async () => {
    for (const widget of widgets) await expect(widget).to.be.accessible();
  });

  it('zh-TW finds Traditional Chinese, and the widgets are accessible in it', async () => {
    document.documentElement.lang = 'zh-TW';
    await localeReady('zh-Hant');
    expect(langs()[0]).to.equal('zh-Hant ltr');
    for (const widget of widgets) await expect(widget).to.be.accessible();
  });

  it('labels the picker in the current language and, marked lang="en", in English', () => {
    const english = $(picker(), 'label [lang="en"]');
    expect(english.textContent).to.equal('(Language)');
  });

  it('switches every widget when the reader picks a language, and fires kyr-locale-change', async () => {
    const heard = oneEvent(document, 'kyr-locale-change');
    await chooseLanguage(picker(), 'fr'); // reached (focused), it lists every language
    const event = (await heard) as CustomEvent;
    expect(event.detail).to.deep.equal({ locale: 'fr', previous: 'zh-Hant' });
    await settled();
    expect(langs()).to.deep.equal(['fr ltr', 'fr ltr', 'fr ltr', 'fr ltr']);
  });

  it('once the reader picked, ignores later <html lang> changes', async () => {
    document.documentElement.lang = 'ko';
    // The <html lang> observer runs in a microtask; had it followed, the request would already be for "ko".
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(getRequestedLocale()).to.equal('fr');
    expect(getLocale()).to.equal('fr');
  });

  it('ends on the last choice when switching quickly', async () => {
    void setLocale('es');
    void setLocale('ko');
    await setLocale('ru');
    await localeReady('ru');
    expect(langs()[1]).to.equal('ru ltr');
  });

  it('warns about an unsupported locale and keeps the current one', async () => {
    const warnings = spyConsole('warn');
    try {
      await setLocale('tlh');
      expect(getLocale()).to.equal('ru');
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('setLocale("tlh")');
    } finally {
      warnings.restore();
    }
  });

  it('switches back to English', async () => {
    await setLocale('en');
    await localeReady('en');
    expect(langs()).to.deep.equal(['en ltr', 'en ltr', 'en ltr', 'en ltr']);
    expect(shadow(picker()).querySelector('label [lang="en"]')).to.equal(null);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { a11ySnapshot, findAccessibilityNode, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/entries/language-picker.js';
import type { KyrLanguagePicker } from '../../src/elements/language-picker/language-picker.js';
import { getRequestedLocale } from '../../src/i18n/runtime.js';
import { spyConsole } from '../helpers/console.js';
import { chooseLanguage } from '../helpers/picker.js';
import { $, shadow } from '../helpers/shadow.js';

/** How long the picker waits for the reader to stop on a language (CHOICE_SETTLE_MS in the element). */
const SETTLE_MS = 250;

const options = (el: Element) => [...shadow(el).querySelectorAll('option')].map((o) => [o.value, o.getAttribute('lang'), o.textContent]);

/** Focus reaches the select (a tap or Tab gives it), and the picker has rendered what follows. */
async function reach(el: KyrLanguagePicker): Promise<HTMLSelectElement> {
  const select = $<HTMLSelectElement>(el, 'select');
  select.focus();
  await el.updateComplete;
  return select;
}

/** The page's switch to `locale` (a `kyr-locale-change` for another language does not count). */
function switchedTo(locale: string): Promise<void> {
  return new Promise((resolve) => {
    const listen = (event: Event) => {
      if ((event as CustomEvent).detail.locale !== locale) return;
      document.removeEventListener('kyr-locale-change', listen);
      resolve();
    };
    document.addEventListener('kyr-locale-change', listen);
  });
}

interface AxNode {
  role: string;
  name: string;
  value?: string;
  children: AxNode[];
}

describe('<kyr-language-picker>', () => {
  // The picker's settle delay on a fake clock; restored after each test even when one times out,
  // so a stuck test fails alone instead of leaving the page without real timers.
  let installedClock: sinon.SinonFakeTimers | undefined;
  const fakeClock = () => (installedClock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => {
    installedClock?.restore();
    installedClock = undefined;
  });

  it('holds only the language in use until the select is reached, so the page lays out one script', async () => {
    const el = await fixture<KyrLanguagePicker>(html`<kyr-language-picker></kyr-language-picker>`);
    expect(options(el)).to.deep.equal([['en', 'en', 'English']]);
    expect($<HTMLSelectElement>(el, 'select').value).to.equal('en');
  });

  it('lists the twelve languages by their own names, each marked with its lang, once focus reaches it', async () => {
    const el = await fixture<KyrLanguagePicker>(html`<kyr-language-picker></kyr-language-picker>`);
    const select = await reach(el);
    expect(select.value, 'still the language in use').to.equal('en');
    expect(options(el)).to.deep.equal([
      ['en', 'en', 'English'],
      ['es', 'es', 'Español'],
      ['zh-Hans', 'zh-Hans', '中文（简体）'],
      ['zh-Hant', 'zh-Hant', '中文（繁體）'],
      ['ru', 'ru', 'Русский'],
      ['bn', 'bn', 'বাংলা'],
      ['ht', 'ht', 'Kreyòl ayisyen'],
      ['ko', 'ko', '한국어'],
      ['ar', 'ar', 'العربية'],
      ['ur', 'ur', 'اردو'],
      ['fr', 'fr', 'Français'],
      ['pl', 'pl', 'Polski'],
    ]);
  });

  it('lists every language when a pointer reaches the select, before it opens', async () => {
    const el = await fixture<KyrLanguagePicker>(html`<kyr-language-picker></kyr-language-picker>`);
    const box = $(el, 'select').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    expect(options(el)).to.have.length(12);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('gives a screen reader the full list when it reaches the select (accessibility tree)', async () => {
    const el = await fixture<KyrLanguagePicker>(html`<kyr-language-picker></kyr-language-picker>`);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.localName).to.equal('select');
    // Chromium's tree through the test runner; Firefox has no snapshot here, so there the select's own options.
    if (navigator.userAgent.includes('Firefox')) {
      expect(options(el)).to.have.length(12);
      return;
    }
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    const combobox = findAccessibilityNode<AxNode>(tree, (node) => node.role === 'combobox');
    expect(combobox?.name).to.equal('Language');
    expect(combobox?.value).to.equal('English');
    const names: string[] = [];
    const walk = (node: AxNode) => {
      if (node.role === 'option' || node.role === 'menuitem') names.push(node.name);
      node.children?.forEach(walk);
    };
    walk(combobox!);
    expect(names).to.deep.equal(['English', 'Español', '中文（简体）', '中文（繁體）', 'Русский', 'বাংলা', 'Kreyòl ayisyen', '한국어', 'العربية', 'اردو', 'Français', 'Polski']);
  });

  it('a reader who arrows through the list moves through every language', async () => {
    const el = await fixture<KyrLanguagePicker>(html`<kyr-language-picker></kyr-language-picker>`);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLSelectElement>(el, 'select').value).to.equal('es');
  });

  it('is a native select with a visible label, reachable by keyboard', async () => {
    const el = await fixture<KyrLanguagePicker>(html`<kyr-language-picker></kyr-language-picker>`);
    expect($(el, 'label').getAttribute('for')).to.equal('select');
    expect($(el, 'label').textContent).to.contain('Language');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.localName).to.equal('select');
    expect($(el, 'select').getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });

  it('offers only the languages in `locales`, and warns about unknown codes', async () => {
    const warnings = spyConsole('warn');
    try {
      const el = await fixture<KyrLanguagePicker>(html`<kyr-language-picker locales="en es ar klingon"></kyr-language-picker>`);
      await reach(el);
      expect(options(el).map(([code]) => code)).to.deep.equal(['en', 'es', 'ar']);
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('<kyr-language-picker> locales="en es ar klingon"');
    } finally {
      warnings.restore();
    }
  });

  it('offers all languages when `locales` names none it knows', async () => {
    const warnings = spyConsole('warn');
    try {
      const el = await fixture<KyrLanguagePicker>(html`<kyr-language-picker locales="xx"></kyr-language-picker>`);
      await reach(el);
      expect(options(el)).to.have.length(12);
    } finally {
      warnings.restore();
    }
  });

  it('keeps every picker on the page showing the language in use', async () => {
    const wrapper = await fixture(html`<div><kyr-language-picker></kyr-language-picker><kyr-language-picker></kyr-language-picker></div>`);
    const [first, second] = [...wrapper.querySelectorAll('kyr-language-picker')];
    const select = (picker: Element) => picker.shadowRoot!.querySelector('select')!;
    const clock = fakeClock();
    for (const locale of ['es', 'fr', 'es']) {
      const changed = switchedTo(locale);
      await chooseLanguage(first, locale);
      await clock.tickAsync(SETTLE_MS);
      await changed;
      await (second as KyrLanguagePicker).updateComplete;
      expect(select(second).value, locale).to.equal(locale);
    }
  });

  it('switches once, to where the reader stops, when arrowing through the list', async () => {
    const el = await fixture<KyrLanguagePicker>(html`<kyr-language-picker></kyr-language-picker>`);
    const select = await reach(el);
    const heard: string[] = [];
    const listen = (event: Event) => heard.push((event as CustomEvent).detail.locale);
    document.addEventListener('kyr-locale-change', listen);
    const clock = fakeClock();
    try {
      for (const locale of ['ko', 'ar', 'ur', 'pl']) {
        select.value = locale;
        select.dispatchEvent(new Event('change'));
        await clock.tickAsync(30); // a reader arrowing down, one key every 30 ms
      }
      const changed = switchedTo('pl');
      await clock.tickAsync(SETTLE_MS);
      await changed;
      await clock.tickAsync(10 * SETTLE_MS);
      expect(heard).to.deep.equal(['pl']);
    } finally {
      document.removeEventListener('kyr-locale-change', listen);
    }
  });

  it('changes nothing when it is taken off the page before the reader stops on a language', async () => {
    const el = await fixture<KyrLanguagePicker>(html`<kyr-language-picker></kyr-language-picker>`);
    const select = await reach(el);
    const before = getRequestedLocale();
    const clock = fakeClock();
    select.value = before === 'ar' ? 'ur' : 'ar';
    select.dispatchEvent(new Event('change'));
    el.remove(); // a dialog closed, or an app navigated away
    await clock.tickAsync(2 * SETTLE_MS);
    expect(getRequestedLocale()).to.equal(before);
  });

  it('still switches when the page moves it while the reader chooses', async () => {
    const wrapper = await fixture(html`<div><section></section><kyr-language-picker></kyr-language-picker></div>`);
    const el = wrapper.querySelector<KyrLanguagePicker>('kyr-language-picker')!;
    const target = getRequestedLocale() === 'ko' ? 'bn' : 'ko';
    const select = await reach(el);
    const clock = fakeClock();
    select.value = target;
    select.dispatchEvent(new Event('change'));
    wrapper.querySelector('section')!.append(el); // an app re-parents it: disconnected, then connected again
    const changed = switchedTo(target);
    await clock.tickAsync(SETTLE_MS);
    expect(getRequestedLocale(), 'switching once the reader stopped').to.equal(target);
    await changed;
  });
});

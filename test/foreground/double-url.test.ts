import { expect } from '@open-wc/testing';
import { expectWidgetsWork, KYR_TAGS, openHostPage, type HostPage } from '../helpers/host-page.js';
import { chooseLanguage } from '../helpers/picker.js';

interface KitApi {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

/** Every widget's rendered language on the page. */
const languages = (page: HostPage) => KYR_TAGS.map((tag) => page.widget(tag).shadowRoot!.firstElementChild!.getAttribute('lang'));

/** Waits until every widget has re-rendered after a switch. */
const settled = (page: HostPage) => Promise.all(KYR_TAGS.map((tag) => page.widget(tag).updateComplete));

describe('the ES build loaded twice under two URLs (kyr-widgets.js and kyr-widgets.js?ver=2)', () => {
  let page: HostPage;
  before(async () => {
    page = await openHostPage('/test/fixtures/hostile/double-url.html');
  });
  after(() => page.frame.remove());

  it('throws nothing, and the widgets render and work', async () => {
    await expectWidgetsWork(page);
    expect(page.win.kyrProbe.errors).to.deep.equal([]);
  });

  it('both copies switch every widget, and agree on the language', async () => {
    const first = (await page.win.eval('import("/dist/kyr-widgets.js")')) as KitApi;
    const second = (await page.win.eval('import("/dist/kyr-widgets.js?ver=2")')) as KitApi;
    expect(first).not.to.equal(second, 'two module instances');

    await second.setLocale('es');
    await settled(page);
    expect(languages(page)).to.deep.equal(['es', 'es', 'es', 'es']);
    expect([first.getLocale(), second.getLocale()]).to.deep.equal(['es', 'es']);

    await first.setLocale('ar');
    await settled(page);
    expect(languages(page)).to.deep.equal(['ar', 'ar', 'ar', 'ar']);
    expect([first.getLocale(), second.getLocale()]).to.deep.equal(['ar', 'ar']);
    expect(page.widget('kyr-hotline-card').shadowRoot!.firstElementChild!.getAttribute('dir')).to.equal('rtl');
    expect(page.win.kyrProbe.errors).to.deep.equal([]);
  });

  it('the reader’s choice in the picker switches them all', async () => {
    const picker = page.widget('kyr-language-picker');
    const changed = new Promise<Event>((resolve) => picker.addEventListener('kyr-locale-change', resolve, { once: true }));
    await chooseLanguage(picker, 'zh-Hant'); // reached (focused), it lists every language
    await changed;
    await settled(page);
    expect(languages(page)).to.deep.equal(['zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hant']);
  });
});

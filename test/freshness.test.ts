import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/entries/rights-summary.js';
import '../src/entries/detainer-explainer.js';
import { openHostPage, type HostPage } from './helpers/host-page.js';
import { $, shadow } from './helpers/shadow.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** A year and a day after the content was checked (December 6, 2026), and half a year after. */
const STALE = Date.UTC(2027, 11, 8, 12);
const CURRENT = Date.UTC(2027, 5, 1, 12);

describe('the stale-content notice', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());
  const at = (now: number) => (clock = sinon.useFakeTimers({ now, toFake: ['Date'] }));

  for (const tag of ['kyr-rights-summary', 'kyr-detainer-explainer'] as const) {
    const render = () =>
      tag === 'kyr-rights-summary' ? fixture<Widget>(html`<kyr-rights-summary></kyr-rights-summary>`) : fixture<Widget>(html`<kyr-detainer-explainer></kyr-detainer-explainer>`);

    it(`<${tag}> shows it right below its heading when the reader's clock is more than a year past the check, with call links to confirm`, async () => {
      at(STALE);
      const el = await render();
      const notice = $(el, '[part="stale-notice"]');
      expect(notice.previousElementSibling?.matches('h2'), 'above the content, below the heading').to.equal(true);
      const text = notice.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('This information may be out of date.');
      expect(text).to.contain('It was last checked on December 6, 2026. Laws and policies may have changed since then.');
      expect([...notice.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:311', 'tel:+18005667636']);
      await expect(el).to.be.accessible();
    });

    it(`<${tag}> shows none within the year, nor when the clock is before the check`, async () => {
      at(CURRENT);
      expect(shadow(await render()).querySelector('[part="stale-notice"]')).to.equal(null);
      clock!.restore();
      at(Date.UTC(2001, 0, 1));
      expect(shadow(await render()).querySelector('[part="stale-notice"]')).to.equal(null);
    });
  }
});

describe('the stale-content notice on server-rendered widgets', () => {
  const opened: HostPage[] = [];
  afterEach(() => opened.splice(0).forEach((page) => page.frame.remove()));

  /** Opens a Spanish server-rendered page whose clock reads `now`, then adds a build. */
  async function hydrate(build: 'es' | 'standalone', now: number) {
    const page = await openHostPage('/test/fixtures/ssr/es.html', { width: 375, defined: false });
    opened.push(page);
    page.win.Date.now = () => now;
    const summary = () => page.widget<Widget>('kyr-rights-summary');
    expect(summary().shadowRoot!.querySelector('[part="stale-notice"]'), 'the server never renders it').to.equal(null);
    const script = page.doc.createElement('script');
    if (build === 'es') script.type = 'module';
    script.src = build === 'es' ? '/dist/kyr-widgets.js' : '/dist/kyr-widgets.standalone.js';
    page.doc.head.append(script);
    for (const tag of ['kyr-rights-summary', 'kyr-detainer-explainer']) {
      await page.win.customElements.whenDefined(tag);
      await page.widget<Widget>(tag).updateComplete;
      await page.widget<Widget>(tag).updateComplete;
    }
    return page;
  }

  for (const build of ['es', 'standalone'] as const) {
    it(`${build} build: hydration adds it, in the page's language, when the content is stale`, async () => {
      const page = await hydrate(build, STALE);
      for (const tag of ['kyr-rights-summary', 'kyr-detainer-explainer']) {
        const root = page.widget(tag).shadowRoot!;
        expect(root.querySelectorAll('.root'), `${tag}: one copy`).to.have.length(1);
        const notice = root.querySelector('[part="stale-notice"]');
        expect(notice, `${tag}: notice`).not.to.equal(null);
        expect(notice!.closest('[lang]')!.getAttribute('lang')).to.equal('es');
        expect(notice!.textContent).not.to.contain('out of date');
        expect(notice!.textContent).to.contain('2026');
        expect(notice!.querySelector('a[href="tel:311"]')).not.to.equal(null);
      }
    });
  }

  it('hydration leaves the server HTML as it is while the content is current', async () => {
    const page = await hydrate('es', CURRENT);
    for (const tag of ['kyr-rights-summary', 'kyr-detainer-explainer']) {
      expect(page.widget(tag).shadowRoot!.querySelector('[part="stale-notice"]'), tag).to.equal(null);
    }
  });
});

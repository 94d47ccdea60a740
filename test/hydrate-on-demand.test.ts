import { expect } from '@open-wc/testing';
import { openHostPage, type HostPage } from './helpers/host-page.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** The kit's files the page fetched from dist/. */
const kitFiles = (page: HostPage) =>
  page.win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/') && path.endsWith('.js'));

async function addEsBuild(page: HostPage, tag = 'kyr-hotline-card'): Promise<void> {
  const script = page.doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/kyr-widgets.js';
  page.doc.head.append(script);
  await page.win.customElements.whenDefined(tag);
  await page.widget<Widget>(tag).updateComplete;
}

describe('hydrate support in the ES build: fetched only where widgets come server-rendered', () => {
  const opened: HostPage[] = [];
  afterEach(() => opened.splice(0).forEach((page) => page.frame.remove()));

  it('a page without server-rendered widgets loads the entry and the kit (its chunk and the file that re-exports it), nothing else', async () => {
    const page = await openHostPage('/test/fixtures/ssr/en.html', { width: 375, defined: false });
    opened.push(page);
    // The same page, its widgets as plain elements (no declarative shadow DOM).
    page.doc.body.innerHTML = '<kyr-hotline-card></kyr-hotline-card>';
    await addEsBuild(page);
    expect(kitFiles(page).map((path) => path.replace(/chunks\/.*/, 'chunks/…'))).to.deep.equal(['/dist/kyr-widgets.js', '/dist/chunks/…', '/dist/chunks/…']);
  });

  it('a server-rendered page fetches one more chunk and hydrates (one copy of each widget)', async () => {
    const page = await openHostPage('/test/fixtures/ssr/en.html', { width: 375, defined: false });
    opened.push(page);
    const root = page.widget('kyr-hotline-card').shadowRoot!.querySelector('.root');
    await addEsBuild(page);
    expect(kitFiles(page)).to.have.length(4);
    expect(page.widget('kyr-hotline-card').shadowRoot!.querySelector('.root'), 'the server’s element').to.equal(root);
  });

  it('a server-rendered widget added after the ES build started renders once, not beside the server’s copy', async () => {
    const page = await openHostPage('/test/fixtures/ssr/en.html', { width: 375, defined: false });
    opened.push(page);
    page.doc.body.innerHTML = '<kyr-rights-summary></kyr-rights-summary>';
    await addEsBuild(page, 'kyr-rights-summary');
    const holder = page.doc.createElement('div');
    (holder as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
      '<kyr-hotline-card><template shadowrootmode="open"><article class="root">A server copy</article></template></kyr-hotline-card>',
    );
    page.doc.body.append(holder);
    const card = holder.firstElementChild as Widget;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelectorAll('.root')).to.have.length(1);
    expect(card.shadowRoot!.textContent).not.to.contain('A server copy');
    expect(card.shadowRoot!.querySelector('[part="phone-link"]')).to.not.equal(null);
  });
});

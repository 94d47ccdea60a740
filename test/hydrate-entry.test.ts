import { expect } from '@open-wc/testing';
import { KYR_TAGS, openHostPage, type HostPage } from './helpers/host-page.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Runs a module of the kit in the page, as a bundled app's script would. */
function addModule(page: HostPage, src: string): void {
  const script = page.doc.createElement('script');
  script.type = 'module';
  script.src = src;
  page.doc.head.append(script);
}

async function whenRendered(page: HostPage, tags = KYR_TAGS): Promise<void> {
  await Promise.all(tags.map((tag) => page.win.customElements.whenDefined(tag)));
  await Promise.all(tags.map((tag) => page.widget<Widget>(tag).updateComplete));
}

describe('kyr-widgets/hydrate.js: the npm entry for server-rendered pages', () => {
  const opened: HostPage[] = [];
  afterEach(() => opened.splice(0).forEach((page) => page.frame.remove()));

  // Its first import is Lit, so Lit evaluates before its hydrate support, as when a bundler puts
  // Lit in a chunk two scripts share: without the entry installing it, the widgets render again.
  it('takes over every server-rendered widget in place: the server’s nodes stay, one copy each', async () => {
    const page = await openHostPage('/test/fixtures/ssr/es.html', { width: 375, defined: false });
    opened.push(page);
    const serverRoots = KYR_TAGS.map((tag) => page.widget(tag).shadowRoot!.querySelector('.root'));
    expect(serverRoots.every(Boolean), 'the page came server-rendered').to.equal(true);
    addModule(page, '/src/entries/hydrate.ts');
    await whenRendered(page);
    for (const [i, tag] of KYR_TAGS.entries()) {
      const root = page.widget(tag).shadowRoot!;
      expect(root.querySelector('.root'), `<${tag}> keeps the server’s element`).to.equal(serverRoots[i]);
      expect(root.querySelectorAll('.root'), `<${tag}> has one copy`).to.have.length(1);
      expect(serverRoots[i]!.getAttribute('lang'), `<${tag}> stays in Spanish`).to.equal('es');
    }
  });

  it('on a Spanish server-rendered page, defines the tags as it evaluates (a framework hydrating next sees their properties), before the Spanish strings are in', async () => {
    const page = await openHostPage('/test/fixtures/ssr/es.html', { width: 375, defined: false });
    opened.push(page);
    const probe = page.doc.createElement('script');
    probe.type = 'module';
    // Runs right after hydrate.js has evaluated, as an app's next module would.
    probe.textContent = `import '/src/entries/hydrate.ts';
      const card = document.querySelector('kyr-hotline-card');
      window.kyrAtEvaluation = { defined: Boolean(customElements.get('kyr-hotline-card')), known: 'headingLevel' in card, rendered: card.hasUpdated === true };`;
    page.doc.head.append(probe);
    await whenRendered(page);
    const seen = (page.win as unknown as { kyrAtEvaluation: { defined: boolean; known: boolean; rendered: boolean } }).kyrAtEvaluation;
    expect(seen).to.deep.equal({ defined: true, known: true, rendered: false });
    expect(page.widget('kyr-hotline-card').shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('es');
  });

  it('says in the console, naming the tag, when another entry defined a kyr tag before it ran', async () => {
    const page = await openHostPage('/test/fixtures/ssr/en.html', { width: 375, defined: false });
    opened.push(page);
    addModule(page, '/src/entries/hotline-card.ts');
    await whenRendered(page, ['kyr-hotline-card']);
    const warnings: string[] = [];
    const warn = page.win.console.warn;
    page.win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      addModule(page, '/src/entries/hydrate.ts');
      await whenRendered(page);
    } finally {
      page.win.console.warn = warn;
    }
    const kyrWarnings = warnings.filter((text) => text.startsWith('kyr-widgets'));
    expect(kyrWarnings).to.have.length(1);
    expect(kyrWarnings[0]).to.contain('<kyr-hotline-card> was defined before kyr-widgets/hydrate.js ran');
    expect(kyrWarnings[0]).not.to.contain('kyr-language-picker');
  });
});

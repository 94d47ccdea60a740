import { expect } from '@open-wc/testing';
import { hotlineCardExamples } from '../../src/elements/hotline-card/hotline-card.examples.js';
import { expectWidgetsWork, KYR_TAGS, openHostPage, type HostPage } from '../helpers/host-page.js';
import { renderedIn } from '../helpers/wait.js';
import { chooseLanguage } from '../helpers/picker.js';

/** Chooses a language in the page's picker, as a reader would, and waits for every widget to switch. */
async function pick(page: HostPage, locale: string): Promise<void> {
  await chooseLanguage(page.widget('kyr-language-picker'), locale);
  const card = page.widget('kyr-hotline-card');
  await renderedIn(card, locale);
  expect(card.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal(locale);
}

describe('hostile host pages (the built dist/ files)', () => {
  const opened: HostPage[] = [];
  const open = async (path: string, options?: Parameters<typeof openHostPage>[1]) => {
    const page = await openHostPage(path, options);
    opened.push(page);
    return page;
  };
  afterEach(() => opened.splice(0).forEach((page) => page.frame.remove()));

  it('aggressive global CSS (*, !important, all: unset, pointer-events: none, 62.5% rem) cannot break the widgets', async () => {
    const page = await open('/test/fixtures/hostile/aggressive-css.html');
    expect(page.win.getComputedStyle(page.doc.body).fontSize).to.equal('40px');
    // Its "* { font-size: 40px !important }" reaches <html> too, so 1rem is 40px: the base,
    // max(16px, 1rem), follows the root as it follows a reader's larger text (the 62.5% alone could not shrink it).
    expect(page.win.getComputedStyle(page.doc.documentElement).fontSize).to.equal('40px');
    await expectWidgetsWork(page, { baseSize: '40px' });
  });

  it('loading both builds, one of them twice, throws nothing and defines each tag once', async () => {
    const page = await open('/test/fixtures/hostile/double-load.html');
    await expectWidgetsWork(page);
    // Each example's element once: a second definition upgrades nothing twice.
    expect(page.doc.querySelectorAll('kyr-hotline-card')).to.have.length(hotlineCardExamples.examples.length);
    expect(page.doc.querySelectorAll('kyr-hotline-card')[0].shadowRoot!.querySelectorAll('a[part="phone-link"]')).to.have.length(1);
    await pick(page, 'ar');
    // Further down the page, it follows when near or idle (src/shared/in-view.ts).
    await renderedIn(page.widget('kyr-rights-summary'), 'ar');
    expect(page.widget('kyr-rights-summary').shadowRoot!.firstElementChild!.getAttribute('dir')).to.equal('rtl');
  });

  it('a CDN that fails every lazy part: the explainer gives the rule in full after the first answer, never a blank box', async () => {
    const page = await open('/test/fixtures/hostile/lazy-parts-down.html');
    const explainer = page.widget('kyr-detainer-explainer');
    const root = explainer.shadowRoot!;
    // The timeline's chunk failed: the explainer rendered without it, and question 1 is there.
    expect(root.querySelector('[part="timeline"]')).to.equal(null);
    const yes = root.querySelector<HTMLButtonElement>('[part="answer-button"][data-answer="yes"]')!;
    yes.focus();
    yes.click();
    await explainer.updateComplete;
    const current = root.querySelector('#current')!;
    expect(current.textContent).to.contain('only when it is supported by a judicial warrant');
    expect(root.activeElement, 'focus moves to the rule, not to the page').to.equal(current);
    expect(root.querySelector('[part="help"] a[href^="tel:"]'), 'the hotline is still one tap away').to.not.equal(null);
    expect(page.win.kyrProbe.errors).to.deep.equal([]);
  });

  it('under a strict CSP header (ES build): renders, switches language (lazy chunk), no violation', async () => {
    const page = await open('/test/fixtures/hostile/csp.html');
    const response = await fetch('/test/fixtures/hostile/csp.html');
    expect(response.headers.get('content-security-policy')).to.contain("script-src 'self'");
    await expectWidgetsWork(page, { textColor: 'rgb(241, 243, 245)' });
    await pick(page, 'zh-Hant');
    expect(page.win.kyrProbe.violations).to.deep.equal([]);
  });

  it('under a strict CSP header (standalone build): renders and switches language, no violation', async () => {
    const page = await open('/test/fixtures/hostile/csp-standalone.html');
    await expectWidgetsWork(page);
    await pick(page, 'ur');
    expect(page.win.kyrProbe.violations).to.deep.equal([]);
  });

  it('a right-to-left host page keeps English widgets left to right and working', async () => {
    const page = await open('/test/fixtures/hostile/rtl-host.html');
    await expectWidgetsWork(page);
    const root = page.widget('kyr-hotline-card').shadowRoot!.firstElementChild!;
    expect(root.getAttribute('dir')).to.equal('ltr');
    expect(page.win.getComputedStyle(root).direction).to.equal('ltr');
  });

  it('extended prototypes and AMD/CommonJS globals (define, module, require) do not break the kit', async () => {
    const page = await open('/test/fixtures/hostile/hostile-globals.html');
    await expectWidgetsWork(page);
    expect((page.win as unknown as { KyrWidgets?: unknown }).KyrWidgets).not.to.equal(undefined);
  });

  it('when the script never runs, the partner fallback content stays visible', async () => {
    // Opened means loaded: a page with no script has nothing left to run.
    const page = await open('/test/fixtures/hostile/no-script.html', { defined: false });
    for (const tag of KYR_TAGS) {
      expect(page.win.customElements.get(tag), tag).to.equal(undefined);
      expect(page.doc.querySelector(`${tag} p`)!.getClientRects().length, `${tag} fallback`).to.be.greaterThan(0);
    }
  });
});

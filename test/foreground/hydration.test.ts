import { expect } from '@open-wc/testing';
import { KYR_TAGS, openHostPage, type HostPage } from '../helpers/host-page.js';

/** English the widgets say, which a Spanish or Arabic page must never show. */
const ENGLISH = [/\bCall\b/, /Save contact/, /Your rights in New York City/, /Will New York City hold someone for ICE\?/];

/** The "I don't know" answer's heading in Spanish (locales/es.xlf). */
const SPANISH_DEPENDS = 'Depende. Busque ayuda para averiguarlo.';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

interface Before {
  /** Each widget's rendered root, as the server sent it. */
  roots: Element[];
  texts: string[];
}

/** What the server sent, before any script: one rendered root per widget, in the page's language. */
function look(page: HostPage): Before {
  const widgets = KYR_TAGS.map((tag) => page.widget<Widget>(tag));
  const roots = widgets.map((widget) => widget.shadowRoot?.querySelector('.root'));
  expect(roots.every(Boolean), 'every widget arrives rendered').to.equal(true);
  return { roots: roots as Element[], texts: widgets.map((widget) => widget.shadowRoot!.textContent!) };
}

/**
 * Adds a script-tag build to the page, samples the widgets' text on every animation frame until
 * all are hydrated, and records layout shifts (where the browser reports them).
 */
async function upgrade(page: HostPage, build: 'es' | 'standalone'): Promise<{ samples: string[]; shift: number | undefined }> {
  const { win, doc } = page;
  const shifts: number[] = [];
  const observing = 'PerformanceObserver' in win && win.PerformanceObserver.supportedEntryTypes?.includes('layout-shift');
  if (observing) new win.PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
  const samples: string[] = [];
  let sampling = true;
  const frame = () => {
    samples.push(KYR_TAGS.map((tag) => page.widget(tag).shadowRoot?.textContent ?? '').join(' '));
    if (sampling) win.requestAnimationFrame(frame);
  };
  win.requestAnimationFrame(frame);
  const script = doc.createElement('script');
  if (build === 'es') script.type = 'module';
  script.src = build === 'es' ? '/dist/kyr-widgets.js' : '/dist/kyr-widgets.standalone.js';
  doc.head.append(script);
  await Promise.all(KYR_TAGS.map((tag) => win.customElements.whenDefined(tag)));
  await Promise.all(KYR_TAGS.map((tag) => page.widget<Widget>(tag).updateComplete));
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  sampling = false;
  return { samples, shift: observing ? shifts.reduce((sum, value) => sum + value, 0) : undefined };
}

describe('server-rendered widgets hydrate: one copy, no re-render, no shift, never English', () => {
  const opened: HostPage[] = [];
  afterEach(() => opened.splice(0).forEach((page) => page.frame.remove()));

  for (const build of ['es', 'standalone'] as const) {
    for (const locale of ['es', 'ar'] as const) {
      it(`${build} build on a ${locale} server-rendered page`, async () => {
        const page = await openHostPage(`/test/fixtures/ssr/${locale}.html`, { width: 375, defined: false });
        opened.push(page);
        const before = look(page);
        expect(KYR_TAGS.some((tag) => page.win.customElements.get(tag)), 'no script yet').to.equal(false);

        const { samples, shift } = await upgrade(page, build);

        KYR_TAGS.forEach((tag, i) => {
          const shadow = page.widget(tag).shadowRoot!;
          // Hydrated, not rendered again: the very element the server sent, alone, unchanged.
          expect(shadow.querySelectorAll('.root').length, `${tag}: one copy`).to.equal(1);
          expect(shadow.querySelector('.root'), `${tag}: the server's element`).to.equal(before.roots[i]);
          expect(shadow.textContent, `${tag}: same text`).to.equal(before.texts[i]);
          expect(before.roots[i].getAttribute('lang')).to.equal(locale);
          expect(before.roots[i].getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        });
        expect(samples.length, 'frames sampled').to.be.greaterThan(0);
        expect(samples.filter((text) => ENGLISH.some((word) => word.test(text))).map((t) => t.slice(0, 80))).to.deep.equal([]);
        if (shift !== undefined) expect(shift, 'cumulative layout shift').to.be.at.most(0.01);

        // Interactive afterwards: the step-through moves on, in the server's language.
        const explainer = page.widget<Widget>('kyr-detainer-explainer');
        explainer.shadowRoot!.querySelector<HTMLButtonElement>('[data-answer="yes"]')!.click();
        await explainer.updateComplete;
        expect(explainer.shadowRoot!.querySelector('.progress')!.textContent!.trim()).to.equal(locale === 'es' ? 'Pregunta 2 de 3' : 'السؤال 2 من 3');

        // The picker switches every widget.
        const picker = page.widget<Widget>('kyr-language-picker');
        const select = picker.shadowRoot!.querySelector('select')!;
        expect(select.value, 'the server-rendered choice').to.equal(locale);
        // Reached (as a tap or Tab does), the select lists every language.
        select.focus();
        await picker.updateComplete;
        select.value = 'fr';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const card = page.widget<Widget>('kyr-hotline-card');
        await new Promise<void>((resolve) => {
          const check = () => (card.shadowRoot!.querySelector('.root')!.getAttribute('lang') === 'fr' ? resolve() : page.win.requestAnimationFrame(check));
          check();
        });
        expect(card.shadowRoot!.querySelector('[part="copy-button"]')!.textContent!.trim()).to.equal('Copier le numéro');
        expect(card.shadowRoot!.querySelectorAll('.root').length).to.equal(1);
      });
    }
  }

  it('under a strict Content-Security-Policy, the widgets get their styles when the script takes over', async () => {
    const page = await openHostPage('/test/fixtures/ssr/es.html?csp=strict', { width: 375, defined: false });
    opened.push(page);
    const card = () => page.widget('kyr-hotline-card').shadowRoot!.querySelector('[part="phone-link"]')!;
    // The policy blocks the inline <style> the server put in each shadow root.
    expect(page.win.getComputedStyle(card()).minBlockSize, 'unstyled before the script').not.to.equal('56px');
    await upgrade(page, 'es');
    expect(page.win.getComputedStyle(card()).minBlockSize, 'styled after').to.equal('56px');
    expect(card().getBoundingClientRect().height).to.be.at.least(56);
  });

  it('under a strict CSP with the styles’ hashes (styleHashes), the widgets are styled at first paint and do not shift', async () => {
    const page = await openHostPage('/test/fixtures/ssr/ar.html?csp=hashed', { width: 375, defined: false });
    opened.push(page);
    const link = () => page.widget('kyr-hotline-card').shadowRoot!.querySelector('[part="phone-link"]')!;
    expect(page.win.getComputedStyle(link()).minBlockSize, 'styled before the script').to.equal('56px');
    const { shift } = await upgrade(page, 'standalone');
    if (shift !== undefined) expect(shift).to.be.at.most(0.01);
    expect(page.win.kyrProbe?.violations ?? []).to.deep.equal([]);
  });

  it('hydrates in the language the server rendered, even when the page says another', async () => {
    const page = await openHostPage('/test/fixtures/ssr/es.html?page-lang=en', { width: 375, defined: false });
    opened.push(page);
    expect(page.doc.documentElement.lang).to.equal('en');
    const before = look(page);
    const { samples } = await upgrade(page, 'es');
    expect(page.widget('kyr-hotline-card').shadowRoot!.querySelector('.root')).to.equal(before.roots[1]);
    expect(page.widget('kyr-hotline-card').shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('es');
    expect(samples.filter((text) => ENGLISH.some((word) => word.test(text))).length).to.equal(0);
    // What renders next is Spanish too (hydrated in English, the DOM would only look Spanish until it changed).
    const explainer = page.widget<Widget>('kyr-detainer-explainer');
    explainer.shadowRoot!.querySelector<HTMLButtonElement>('[data-answer="unknown"]')!.click();
    await explainer.updateComplete;
    expect(explainer.shadowRoot!.querySelector('.answer-title')!.textContent!.trim()).to.equal(SPANISH_DEPENDS);
  });
});

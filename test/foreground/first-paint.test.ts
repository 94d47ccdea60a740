import { expect } from '@open-wc/testing';
import { openHostPage, type HostPage } from '../helpers/host-page.js';

/** English the widgets say, which a Spanish or Arabic page must never paint. */
const ENGLISH = [/\bCall\b/, /Save contact/, /Your rights in New York City/, /Will New York City hold someone for ICE\?/];

interface Sampler {
  frames: number;
  blank: string[];
  framesWithFallbackOnly: number;
  samples: string[];
  done: Promise<Sampler>;
}

/** Opens a first-paint page and waits (frame by frame) until every widget shows the page's language. */
async function sample(path: string): Promise<{ page: HostPage; sampler: Sampler }> {
  const page = await openHostPage(path, { width: 375 });
  const sampler = await (page.win as unknown as { kyrPaintSampler: Sampler }).kyrPaintSampler.done;
  return { page, sampler };
}

describe('first paint on a non-English page (the ES build)', () => {
  const opened: HostPage[] = [];
  afterEach(() => opened.splice(0).forEach((page) => page.frame.remove()));

  for (const [path, locale] of [
    ['/test/fixtures/hostile/first-paint-es.html', 'es'],
    ['/test/fixtures/hostile/first-paint-ar.html', 'ar'],
    ['/test/fixtures/hostile/first-paint-es-preload.html', 'es'],
  ] as const) {
    it(`${path.split('/').pop()}: no animation frame ever shows an English widget`, async () => {
      const { page, sampler } = await sample(path);
      opened.push(page);
      expect(sampler.frames, 'frames sampled').to.be.greaterThan(0);
      expect(sampler.samples.length, 'frames with rendered widgets').to.be.greaterThan(0);
      const english = sampler.samples.filter((text) => ENGLISH.some((word) => word.test(text)));
      expect(english.map((text) => text.slice(0, 120))).to.deep.equal([]);
      // The last sample is the widgets in the page's language, not an empty shell.
      expect(page.widget('kyr-hotline-card').shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal(locale);
      expect(page.win.kyrProbe.errors).to.deep.equal([]);
    });
  }

  it('until a widget renders in Spanish, its fallback content shows: no frame leaves it blank', async () => {
    const { page, sampler } = await sample('/test/fixtures/hostile/first-paint-es.html');
    opened.push(page);
    expect(sampler.blank).to.deep.equal([]);
    expect(page.doc.querySelector('kyr-hotline-card .fallback')!.getClientRects().length, 'fallback hidden once rendered').to.equal(0);
  });
});

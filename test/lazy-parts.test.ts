import { expect } from '@open-wc/testing';
import { openHostPage, type HostPage } from './helpers/host-page.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Text only each lazily loaded part carries (English, as built). */
const MARKERS = {
  answer: 'Speak to a lawyer about the person',
  laterQuestions: 'Is the person a possible match on a terrorist watch list?',
  feedback: 'Was this information helpful?',
  vcard: 'BEGIN:VCARD',
  timeline: 'Local Law 228 of 2017 limits',
};

/** The ES build's files the page fetched, with their text. */
async function fetched(page: HostPage): Promise<string[]> {
  const paths = page.win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/') && path.endsWith('.js'));
  return Promise.all([...new Set(paths)].map(async (path) => (await fetch(path)).text()));
}
const carries = (files: string[], marker: string) => files.some((text) => text.includes(marker));

describe('the ES build fetches what the first paint does not need only when it is needed', () => {
  let page: HostPage;
  const widget = (tag: string) => page.widget<Widget>(tag);

  before(async () => {
    page = await openHostPage('/test/fixtures/ssr/en.html', { width: 375, defined: false });
    // The page's widgets as a partner pastes them (no server rendering, no feedback).
    page.doc.body.innerHTML = '<kyr-hotline-card></kyr-hotline-card><kyr-rights-summary></kyr-rights-summary><kyr-detainer-explainer></kyr-detainer-explainer>';
    const script = page.doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/kyr-widgets.js';
    page.doc.head.append(script);
    await Promise.all(['kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer'].map((tag) => page.win.customElements.whenDefined(tag)));
    await Promise.all(['kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer'].map((tag) => widget(tag).updateComplete));
  });
  after(() => page.frame.remove());

  it('renders every widget whole, timeline and figures included, without the answer or feedback code', async () => {
    expect(widget('kyr-detainer-explainer').shadowRoot!.querySelector('[part="timeline"] li'), 'the timeline').to.not.equal(null);
    expect(widget('kyr-detainer-explainer').shadowRoot!.querySelector('[part="figures"] li'), 'the figures').to.not.equal(null);
    const files = await fetched(page);
    expect(carries(files, MARKERS.timeline), 'timeline chunk').to.equal(true);
    expect(carries(files, MARKERS.answer), 'answer chunk').to.equal(false);
    expect(carries(files, MARKERS.laterQuestions), 'questions 2 and 3').to.equal(false);
    expect(carries(files, MARKERS.feedback), 'feedback chunk').to.equal(false);
  });

  it('fetches the rest of the step-through when a pointer reaches it, before the reader answers', async () => {
    const explainer = widget('kyr-detainer-explainer');
    // What a mouse or a finger arriving fires (focus arriving starts it too; focus needs the page in front).
    explainer.shadowRoot!.querySelector('[part="decision"]')!.dispatchEvent(new page.win.PointerEvent('pointerenter'));
    await explainer.updateComplete;
    const files = await fetched(page);
    expect(carries(files, MARKERS.laterQuestions), 'questions 2 and 3').to.equal(true);
    expect(carries(files, MARKERS.answer), 'the answer').to.equal(true);
    expect(explainer.shadowRoot!.querySelector('.question-heading')!.textContent, 'still at question 1').to.contain('Question 1 of 3');
  });

  it('shows the answer when the reader gets there, its part fetched by then', async () => {
    const explainer = widget('kyr-detainer-explainer');
    explainer.shadowRoot!.querySelector<HTMLButtonElement>('[data-answer="unknown"]')!.click();
    await explainer.updateComplete;
    expect(explainer.shadowRoot!.querySelector('.answer-title')!.textContent!.trim()).to.equal('It depends. Get help to find out.');
    expect(explainer.shadowRoot!.activeElement?.id, 'focus on the answer').to.equal('current');
    expect(carries(await fetched(page), MARKERS.answer)).to.equal(true);
  });

  it('saves a contact with nothing to fetch: the link carries the contact file', async () => {
    const card = widget('kyr-hotline-card');
    const before = (await fetched(page)).length;
    const save = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="save-button"]')!;
    expect(carries([decodeURIComponent(save.href)], MARKERS.vcard), 'the contact file in the link').to.equal(true);
    // The card's own listener runs; the test's stops the real download.
    const noDownload = (event: Event) => event.preventDefault();
    card.shadowRoot!.addEventListener('click', noDownload);
    try {
      save.click();
      await card.updateComplete;
    } finally {
      card.shadowRoot!.removeEventListener('click', noDownload);
    }
    expect(card.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Contact file saved');
    expect((await fetched(page)).length, 'no request').to.equal(before);
  });

  it('asks "Was this information helpful?" once a partner turns feedback on', async () => {
    const summary = widget('kyr-rights-summary');
    summary.setAttribute('feedback', '');
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('[part="feedback"]')!.textContent).to.contain(MARKERS.feedback);
  });
});

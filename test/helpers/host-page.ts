import { expect } from '@open-wc/testing';

/** A test page in an iframe (same origin), with what its probe recorded. */
export interface HostPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { kyrProbe: { errors: string[]; violations: string[] } };
  doc: Document;
  widget<E extends HTMLElement = HTMLElement & { updateComplete: Promise<boolean> }>(tag: string): E;
}

export const KYR_TAGS = ['kyr-language-picker', 'kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer'];

/** Opens `path` in an iframe of the given width and waits for its widgets (if `defined`) to render. */
export async function openHostPage(path: string, { width = 420, defined = true } = {}): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '900';
  frame.title = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostPage['win'];
  const doc = frame.contentDocument!;
  const page: HostPage = { frame, win, doc, widget: (tag) => doc.querySelector(tag)! as never };
  if (defined) {
    await Promise.all(KYR_TAGS.map((tag) => win.customElements.whenDefined(tag)));
    const all = [...doc.querySelectorAll(KYR_TAGS.join(','))] as unknown as Array<{ updateComplete: Promise<boolean> }>;
    await Promise.all(all.map((widget) => widget.updateComplete));
  }
  return page;
}

/** What a reader needs on any host page: every widget rendered with its own sizes and colors, links and buttons working, nothing thrown. */
export async function expectWidgetsWork(
  page: HostPage,
  { textColor = 'rgb(27, 27, 27)', secondQuestion = 'Question 2 of 3', baseSize = '16px' } = {},
): Promise<void> {
  const { win } = page;
  // Every documented example is on the page (test/fixtures/hostile/pages.mjs): each must render and hide its fallback.
  const widgets = [...page.doc.querySelectorAll(KYR_TAGS.join(','))];
  expect(new Set(widgets.map((widget) => widget.localName)), 'every element on the page').to.have.length(KYR_TAGS.length);
  for (const widget of widgets) {
    const label = `<${widget.localName} ${[...widget.attributes].map((a) => a.name).join(' ')}>`;
    expect(widget.shadowRoot?.firstElementChild?.classList.contains('root'), `${label} rendered`).to.equal(true);
    const fallback = widget.querySelector('.fallback');
    expect(fallback, `${label} has its fallback`).not.to.equal(null);
    expect(fallback!.getClientRects().length, `${label} fallback hidden`).to.equal(0);
  }

  const card = page.widget('kyr-hotline-card');
  const cardRoot = card.shadowRoot!.firstElementChild as HTMLElement;
  const style = win.getComputedStyle(cardRoot);
  expect(style.fontSize, 'base size').to.equal(baseSize);
  expect(style.color, 'text color').to.equal(textColor);
  expect(style.textTransform).to.equal('none');
  expect(style.letterSpacing).to.equal('normal');
  expect(style.display).to.equal('flex');

  const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="phone-link"]')!;
  expect(link.getAttribute('href')).to.equal('tel:+18003540365');
  expect(win.getComputedStyle(link).pointerEvents).to.equal('auto');
  link.scrollIntoView({ block: 'center' });
  const box = link.getBoundingClientRect();
  const hit = card.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(hit?.closest('a'), 'the call link is what a tap hits').to.equal(link);
  expect(box.height).to.be.at.least(44);

  const save = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!;
  expect(save.getBoundingClientRect().height, 'button tap target').to.be.at.least(44);

  const explainer = page.widget('kyr-detainer-explainer');
  explainer.shadowRoot!.querySelector<HTMLButtonElement>('[data-answer="yes"]')!.click();
  await (explainer as unknown as { updateComplete: Promise<boolean> }).updateComplete;
  const progress = explainer.shadowRoot!.querySelector('.progress')?.textContent?.trim();
  expect(progress, 'the step-through moves on to the second question').to.equal(secondQuestion);

  expect(page.win.kyrProbe.errors, 'page errors').to.deep.equal([]);
  expect(page.win.kyrProbe.violations, 'CSP violations').to.deep.equal([]);
}

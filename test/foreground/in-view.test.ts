import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { setLocale } from '../../src/entries/index.js';
import { shadow } from '../helpers/shadow.js';

// A language switch re-renders the widgets on or near the screen at once, and the others when
// they come near or the browser is idle (src/shared/in-view.ts). The language is page-wide, so
// these tests run in order on one page.

const lang = (widget: Element) => shadow(widget).firstElementChild?.getAttribute('lang');
/** Two frames: IntersectionObserver reports after the frame that follows a change. */
const frames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
/** Resolves with 'rendered' if `widget` renders before the next task, else 'later'. */
const beforeNextTask = (widget: LitElement) =>
  Promise.race([widget.updateComplete.then(() => 'rendered'), new Promise((resolve) => setTimeout(() => resolve('later')))]);

describe('a language switch, on screen and off', () => {
  const page = document.createElement('div');
  let onScreen: LitElement;
  let farBelow: LitElement;

  before(async () => {
    onScreen = document.createElement('kyr-hotline-card') as LitElement;
    farBelow = document.createElement('kyr-hotline-card') as LitElement;
    const spacer = Object.assign(document.createElement('div'), { style: 'block-size: 400vh' });
    page.append(onScreen, spacer, farBelow);
    document.body.append(page);
    await Promise.all([onScreen.updateComplete, farBelow.updateComplete]);
    await frames();
  });
  after(async () => {
    scrollTo(0, 0);
    page.remove();
    await setLocale('en');
  });

  it('renders every widget at first, wherever it is on the page', () => {
    expect([lang(onScreen), lang(farBelow)]).to.deep.equal(['en', 'en']);
  });

  it('switches the widget on screen at once, and the one far below once it is scrolled near', async () => {
    await setLocale('es');
    await onScreen.updateComplete;
    expect(lang(onScreen)).to.equal('es');
    expect(lang(farBelow), 'still waiting off screen').to.equal('en');
    expect(farBelow.isUpdatePending).to.equal(true);
    farBelow.scrollIntoView();
    await farBelow.updateComplete;
    expect(lang(farBelow)).to.equal('es');
  });

  it('switches a widget that stays off screen once the browser is idle', async () => {
    scrollTo(0, 0);
    await frames();
    await setLocale('fr');
    await onScreen.updateComplete;
    expect(lang(farBelow)).to.equal('es');
    await farBelow.updateComplete;
    expect([lang(onScreen), lang(farBelow)]).to.deep.equal(['fr', 'fr']);
  });

  it('switches every widget before the page is printed', async () => {
    await setLocale('es');
    await onScreen.updateComplete;
    expect(lang(farBelow)).to.equal('fr');
    dispatchEvent(new Event('beforeprint'));
    expect(await beforeNextTask(farBelow)).to.equal('rendered');
    expect(lang(farBelow)).to.equal('es');
  });

  it('lets a widget removed while it waits settle', async () => {
    await setLocale('fr');
    await onScreen.updateComplete;
    expect(farBelow.isUpdatePending).to.equal(true);
    farBelow.remove();
    await farBelow.updateComplete;
    expect(farBelow.isUpdatePending).to.equal(false);
  });
});

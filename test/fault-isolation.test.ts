import { expect } from '@open-wc/testing';
import '../src/entries/index.js';
import { hotlines } from '../src/content/hotlines.js';
import { spyConsole } from './helpers/console.js';

describe('one broken widget does not break the page or the others', () => {
  it('shows the broken widget’s fallback, keeps the others working, and throws nothing into the page', async () => {
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const errors = spyConsole('error');
    const original = hotlines.actionnyc.description;
    hotlines.actionnyc.description = () => {
      throw new Error('simulated failure inside the hotline card');
    };
    const page = document.createElement('div');
    try {
      page.innerHTML = `
        <kyr-hotline-card><p id="fallback">ActionNYC Hotline: (800) 354-0365</p></kyr-hotline-card>
        <kyr-rights-summary compact></kyr-rights-summary>`;
      document.body.append(page);
      const [card, summary] = [...page.children] as Array<HTMLElement & { updateComplete: Promise<boolean> }>;
      await card.updateComplete;
      await summary.updateComplete;
      // An uncaught error or rejection from the update is reported before the next task: yield to one.
      await new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });

      expect(uncaught).to.deep.equal([]);
      expect(errors.calls).to.have.length(1);
      expect(errors.calls[0]).to.contain('<kyr-hotline-card> could not render; showing its fallback content instead.');
      expect(page.querySelector('#fallback')!.getClientRects().length, 'fallback shown').to.be.greaterThan(0);
      expect(summary.shadowRoot!.querySelectorAll('[part="points"] li')).to.have.length(7);

      // Once the fault is gone, the card renders normally again.
      hotlines.actionnyc.description = original;
      card.setAttribute('hotline', '311');
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('a[part="phone-link"]')!.getAttribute('href')).to.equal('tel:311');
      expect(page.querySelector('#fallback')!.getClientRects().length, 'fallback hidden again').to.equal(0);
    } finally {
      hotlines.actionnyc.description = original;
      errors.restore();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      page.remove();
    }
  });
});

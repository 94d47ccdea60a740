import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/rights-summary.js';
import type { KyrRightsSummary } from '../src/elements/rights-summary/rights-summary.js';
import { spyConsole } from './helpers/console.js';
import { $, shadow, textOf } from './helpers/shadow.js';

const summary = (template: ReturnType<typeof html>) => fixture<KyrRightsSummary>(template);

describe('<kyr-rights-summary>', () => {
  it('lists the five know-your-rights points from NYC.gov', async () => {
    const el = await summary(html`<kyr-rights-summary></kyr-rights-summary>`);
    const points = [...shadow(el).querySelectorAll('[part="points"] li')].map((li) => li.textContent?.trim());
    expect(points).to.have.length(5);
    expect(points[0]).to.equal('All New Yorkers, regardless of immigration status, have rights and protections under the law.');
    expect(points.join(' ')).to.contain('The City’s Know Your Rights page states that federal enforcement officers, including ICE, cannot enter hospitals, schools, or shelters.');
    expect(points.join(' ')).to.contain('has confidentiality protections in place');
    expect(points.join(' ')).to.contain('does not ask about the immigration status of crime victims, witnesses');
  });

  it('says what to do if ICE is at your home: call 311, the hotlines, the Online Detainee Locator', async () => {
    const el = await summary(html`<kyr-rights-summary></kyr-rights-summary>`);
    const hrefs = [...shadow(el).querySelectorAll('[part="if-ice"] a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members(['tel:311', 'tel:+18003540365', 'tel:+18005667636', 'https://locator.ice.gov/odls/', 'https://nyc.gov/KnowYourRights']);
    expect(textOf(el)).to.contain('If ICE is at your home or someone has been detained');
    expect(textOf(el)).to.contain('fact sheet in many languages');
  });

  it('compact shows the points only, with the link to learn more and the source', async () => {
    const el = await summary(html`<kyr-rights-summary compact></kyr-rights-summary>`);
    expect(shadow(el).querySelector('[part="if-ice"]')).to.equal(null);
    expect(shadow(el).querySelectorAll('[part="points"] li')).to.have.length(5);
    expect($(el, '[part="more"] a').getAttribute('href')).to.equal('https://nyc.gov/KnowYourRights');
    expect($(el, '[part="source"]').textContent).to.contain('Know Your Rights');
  });

  for (const compact of [false, true]) {
    it(`says it is general information, not legal advice, and to speak to a lawyer${compact ? ' (compact too)' : ''}`, async () => {
      const el = await summary(compact ? html`<kyr-rights-summary compact></kyr-rights-summary>` : html`<kyr-rights-summary></kyr-rights-summary>`);
      const help = $(el, '[part="help"]').textContent!.replace(/\s+/g, ' ');
      expect(help).to.contain('This is general information, not legal advice.');
      expect(help).to.contain('speak to a lawyer');
      // Compact has no "If ICE" list, so the help carries the New Americans call link itself.
      expect(shadow(el).querySelectorAll('a[href="tel:+18005667636"]')).to.have.length(1);
    });
  }

  it('nests its headings under heading-level: h4 then h5', async () => {
    const el = await summary(html`<kyr-rights-summary heading-level="4"></kyr-rights-summary>`);
    expect($(el, 'h4').textContent?.trim()).to.equal('Your rights in New York City');
    expect($(el, 'h5').textContent?.trim()).to.equal('If ICE is at your home or someone has been detained');
  });

  it('warns about heading-level="0" and uses h2', async () => {
    const warnings = spyConsole('warn');
    try {
      const el = await summary(html`<kyr-rights-summary heading-level="0"></kyr-rights-summary>`);
      expect(shadow(el).querySelector('h2')).not.to.equal(null);
      expect(warnings.calls).to.deep.equal(['<kyr-rights-summary> heading-level="0": use a whole number from 2 to 6; using 2.']);
    } finally {
      warnings.restore();
    }
  });

  it('is accessible (axe), full and compact', async () => {
    await expect(await summary(html`<kyr-rights-summary feedback></kyr-rights-summary>`)).to.be.accessible();
    await expect(await summary(html`<kyr-rights-summary compact></kyr-rights-summary>`)).to.be.accessible();
  });

  describe('feedback', () => {
    it('asks nothing unless the partner opts in', async () => {
      const el = await summary(html`<kyr-rights-summary></kyr-rights-summary>`);
      expect(shadow(el).querySelector('[part="feedback"]')).to.equal(null);
    });

    it('fires kyr-feedback with the answer, thanks the reader and keeps focus in the widget', async () => {
      const el = await summary(html`<kyr-rights-summary feedback></kyr-rights-summary>`);
      const [yes] = shadow(el).querySelectorAll<HTMLButtonElement>('[part="feedback-button"]');
      yes.focus();
      const heard = oneEvent(document, 'kyr-feedback');
      await sendKeys({ press: 'Enter' });
      const event = (await heard) as CustomEvent;
      expect(event.detail).to.deep.equal({ element: 'kyr-rights-summary', answer: 'yes' });
      expect(event.composed && event.bubbles).to.equal(true);
      await el.updateComplete;
      expect(textOf(el)).to.contain('Thank you for your feedback.');
      expect(shadow(el).activeElement?.textContent).to.equal('Thank you for your feedback.');
      expect(shadow(el).querySelector('[part="feedback-button"]')).to.equal(null);
    });
  });
});

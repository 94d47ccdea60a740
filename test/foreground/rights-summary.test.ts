import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/entries/rights-summary.js';
import type { KyrRightsSummary } from '../../src/elements/rights-summary/rights-summary.js';
import { spyConsole } from '../helpers/console.js';
import { $, shadow, textOf } from '../helpers/shadow.js';

const summary = (template: ReturnType<typeof html>) => fixture<KyrRightsSummary>(template);

describe('<kyr-rights-summary>', () => {
  it('lists the rights: four from the City’s page, two of Executive Order No. 13 (dated), and the end of federal protected areas as a caution', async () => {
    const el = await summary(html`<kyr-rights-summary></kyr-rights-summary>`);
    const items = [...shadow(el).querySelectorAll('[part="points"] li')];
    const points = items.map((li) => li.textContent?.trim());
    expect(points).to.have.length(7);
    expect(points[0]).to.equal('All New Yorkers, regardless of immigration status, have rights and protections under the law.');
    expect(points.join(' ')).to.contain('has confidentiality protections in place');
    expect(points.join(' ')).to.contain('does not ask about the immigration status of crime victims, witnesses');
    expect(points.join(' ')).to.contain('Since February 6, 2026, a City executive order (No. 13) says that ICE');
    expect(points.join(' ')).to.contain('This rule covers City property only, not private buildings.');
    expect(points.join(' ')).not.to.contain('cannot enter hospitals, schools, or shelters');
    // The ended federal policy is not a right: no check mark beside it.
    const caution = items.find((li) => li.textContent!.includes('protected areas'))!;
    expect(caution.textContent).to.contain('On January 20, 2025, the U.S. Department of Homeland Security ended its policy');
    expect(caution.className).to.equal('caution');
    expect(items.filter((li) => li.className === 'right')).to.have.length(6);
  });

  it('starts with what to do if ICE is at your door: six numbered steps from the City’s guidance of January 2025, then a call link to 311', async () => {
    const el = await summary(html`<kyr-rights-summary></kyr-rights-summary>`);
    const parts = [...shadow(el).querySelectorAll('[part="door"], [part="points"], [part="if-ice"]')].map((part) => part.getAttribute('part'));
    expect(parts).to.deep.equal(['door', 'points', 'if-ice']);
    const door = $(el, '[part="door"]');
    expect(door.querySelector('h3')?.textContent?.trim()).to.equal('If ICE is at your door');
    expect(door.textContent).to.contain('From the City’s guidance of January 2025.');
    const steps = [...door.querySelectorAll('ol > li')].map((li) => li.textContent!.trim());
    expect(steps).to.have.length(6);
    expect(steps[0]).to.contain('Keep the door closed');
    expect(steps.join(' ')).to.contain('judicial warrant: a paper signed by a judge');
    expect(door.querySelector('a[part="phone-link"]')?.getAttribute('href')).to.equal('tel:311');
  });

  it('says what to do if someone has been detained: call 311, the hotlines, the Online Detainee Locator; then where to learn more', async () => {
    const el = await summary(html`<kyr-rights-summary></kyr-rights-summary>`);
    const hrefs = [...shadow(el).querySelectorAll('[part="if-ice"] a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members(['tel:311', 'tel:+18003540365', 'tel:+18005667636', 'https://locator.ice.gov/odls/']);
    expect($(el, '[part="if-ice"] h3').textContent?.trim()).to.equal('If someone has been detained');
    expect($(el, '[part="if-ice"]').textContent).to.contain('New Americans Hotline of the New York State Office for New Americans');
    expect($(el, '[part="more"] a').getAttribute('href')).to.equal('https://nyc.gov/KnowYourRights');
    expect(textOf(el)).to.contain('fact sheet in many languages');
  });

  it('shows the parts sections names, in its order, and warns about an unknown one', async () => {
    const el = await summary(html`<kyr-rights-summary sections="detained door"></kyr-rights-summary>`);
    const parts = () => [...shadow(el).querySelectorAll('[part="door"], [part="points"], [part="if-ice"]')].map((part) => part.getAttribute('part'));
    expect(parts()).to.deep.equal(['if-ice', 'door']);
    const warnings = spyConsole('warn');
    try {
      el.sections = 'doors';
      await el.updateComplete;
      expect(parts()).to.deep.equal(['door', 'points', 'if-ice']);
      expect(warnings.calls).to.deep.equal(['<kyr-rights-summary> sections="doors": use any of: door rights detained; showing all.']);
    } finally {
      warnings.restore();
    }
  });

  it('names each source with its date, and says when it was checked against them', async () => {
    const el = await summary(html`<kyr-rights-summary></kyr-rights-summary>`);
    const source = $(el, '[part="source"]').textContent!.replace(/\s+/g, ' ');
    expect(source).to.contain('Executive Order No. 13').and.contain('February 6, 2026');
    expect(source).to.contain('Know Your Rights').and.contain('January 2025');
    // The City's undated page, with the day the updates file saw it still saying this.
    expect(source).to.contain('Know-Your-Rights, NYC 311, City of New York (portal.311.nyc.gov), as seen on December 6, 2026');
    expect($(el, '[part="checked"]').textContent?.trim()).to.equal('Checked against these sources on December 6, 2026.');
  });

  it('compact shows the points only, with the link to learn more and the source', async () => {
    const el = await summary(html`<kyr-rights-summary compact></kyr-rights-summary>`);
    expect(shadow(el).querySelector('[part="if-ice"]')).to.equal(null);
    expect(shadow(el).querySelector('[part="door"]')).to.equal(null);
    expect(shadow(el).querySelectorAll('[part="points"] li')).to.have.length(7);
    expect($(el, '[part="more"] a').getAttribute('href')).to.equal('https://nyc.gov/KnowYourRights');
    expect($(el, '[part="source"]').textContent).to.contain('Know-Your-Rights');
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
    expect([...shadow(el).querySelectorAll('h5')].map((h) => h.textContent?.trim())).to.deep.equal(['If ICE is at your door', 'If someone has been detained']);
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

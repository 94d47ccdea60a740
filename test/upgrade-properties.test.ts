import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { KyrDetainerExplainer, KyrHotlineCard, KyrLanguagePicker, KyrRightsSummary } from '../src/elements/registry.js';

/**
 * A framework may set properties on a kyr tag before the kit defines it (Svelte hydrating a
 * server-rendered page while the kit still loads its language, React rendering before a lazy
 * import). Each public property set then must hold after the upgrade, and show.
 */
const values: Record<string, unknown> = {
  headingLevel: 3,
  hotline: '311',
  name: 'Queens Community Line',
  phone: '(718) 555-0199',
  agency: 'Queens Center',
  hours: 'Monday to Friday',
  description: 'Help in Spanish and English.',
  sections: 'door',
  compact: false,
  feedback: true,
  locales: 'es en',
};

const elements: Array<[string, typeof LitElement]> = [
  ['hotline-card', KyrHotlineCard],
  ['rights-summary', KyrRightsSummary],
  ['detainer-explainer', KyrDetainerExplainer],
  ['language-picker', KyrLanguagePicker],
];

/** The public reactive properties of a class (not its internal state). */
function publicProperties(element: typeof LitElement): string[] {
  // Reading observedAttributes finalizes the class, which gathers its `static properties`.
  expect(element.observedAttributes.length).to.be.greaterThan(0);
  return [...element.elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name));
}

describe('properties set before the tag is defined survive the upgrade', () => {
  elements.forEach(([name, element], index) => {
    it(`${name}: every public property`, async () => {
      const tag = `kyr-early-${name}-${index}`;
      const early = document.createElement(tag) as LitElement & Record<string, unknown>;
      const properties = publicProperties(element);
      expect(properties.filter((property) => !(property in values)), 'a value for each public property').to.deep.equal([]);
      expect(properties.filter((property) => property !== 'headingLevel'), 'its own properties, not only the base class’s').to.not.deep.equal([]);
      for (const property of properties) early[property] = values[property];
      document.body.append(early);
      customElements.define(tag, class extends element {});
      await early.updateComplete;
      try {
        for (const property of properties) expect(early[property], property).to.equal(values[property]);
        if (properties.includes('headingLevel')) expect(early.shadowRoot!.querySelector('h3'), 'an h3 heading').to.not.equal(null);
        if (name === 'hotline-card') expect(early.shadowRoot!.querySelector('[part~="phone-link"]')!.getAttribute('href')).to.equal('tel:+17185550199');
      } finally {
        early.remove();
      }
    });
  });
});

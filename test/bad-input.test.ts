import { expect } from '@open-wc/testing';
import '../src/entries/index.js';
import { spyConsole } from './helpers/console.js';
import { mountWithAttribute } from './helpers/mount.js';

/**
 * Every documented attribute of every element (read from the Custom Elements
 * Manifest, so a new attribute cannot be forgotten), tried with empty,
 * wrong-type, huge and script values, as attributes and as properties.
 */

interface ManifestAttribute {
  name: string;
  fieldName?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}

const payloads = [
  '',
  'x'.repeat(10_000),
  '<img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '"><script>window.__pwned=1</script>',
  '9',
  'NaN',
  'undefined',
];

/** Whether a value is one the attribute cannot use (and so must warn about). */
const invalid: Record<string, (value: string) => boolean> = {
  hotline: () => true,
  'heading-level': () => true,
  phone: (v) => v !== '',
  // A name alone is not a hotline: it needs a phone too.
  name: (v) => v !== '',
  agency: (v) => v.length > 500 || v === 'NaN' || v === 'undefined',
  hours: (v) => v.length > 500 || v === 'NaN' || v === 'undefined',
  description: (v) => v.length > 500 || v === 'NaN' || v === 'undefined',
  sections: (v) => v !== '',
  feedback: () => false,
  compact: () => false,
  locales: (v) => v !== '',
  lang: (v) => v !== '',
};

const pwned = () => (window as unknown as { __pwned?: number }).__pwned;

function expectSafe(el: Element, label: string): void {
  const root = el.shadowRoot!;
  expect(root.querySelector('img, script, iframe, object'), label).to.equal(null);
  for (const a of root.querySelectorAll('a[href]')) {
    // A call, a web page, or the contact file to download ("Save contact"), nothing else.
    if (a.hasAttribute('download')) expect(a.getAttribute('href'), label).to.match(/^data:text\/vcard;charset=utf-8,BEGIN%3AVCARD%0D%0A/);
    else expect(a.getAttribute('href'), label).to.match(/^(tel:(\+\d+|\d{3})|https:\/\/)/);
  }
  expect(root.textContent, label).not.to.match(/\bundefined\b|\bNaN\b|\[object /);
  expect(root.firstElementChild?.classList.contains('root'), `${label} renders`).to.equal(true);
  expect(pwned(), label).to.equal(undefined);
}

describe('bad input on every attribute of every element', () => {
  let declarations: ManifestDeclaration[] = [];
  before(async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    declarations = manifest.modules.flatMap((m: { declarations?: ManifestDeclaration[] }) => m.declarations ?? []).filter((d: ManifestDeclaration) => d.tagName);
  });

  it('knows what to expect of every documented attribute', () => {
    const attributes = declarations.flatMap((d) => (d.attributes ?? []).map((a) => a.name));
    expect(attributes.length).to.be.greaterThan(10);
    expect(attributes.filter((name) => !(name in invalid))).to.deep.equal([]);
  });

  for (const tag of ['kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer', 'kyr-language-picker']) {
    it(`<${tag}>: attributes: nothing runs, no javascript: link, one clear warning per bad value, sensible fallback`, async () => {
      const attributes = declarations.find((d) => d.tagName === tag)!.attributes ?? [];
      for (const { name } of attributes) {
        for (const value of payloads) {
          const label = `${tag} ${name}="${value.slice(0, 30)}"`;
          const warnings = spyConsole('warn');
          const errors = spyConsole('error');
          try {
            const el = await mountWithAttribute(tag, name, value);
            expectSafe(el, label);
            el.remove();
            expect(errors.calls, label).to.deep.equal([]);
            if (invalid[name](value)) {
              expect(warnings.calls, label).to.have.length(1);
              expect(warnings.calls[0], label).to.contain(`<${tag}> ${name}="${value.slice(0, 30)}`);
            } else {
              expect(warnings.calls, label).to.deep.equal([]);
            }
          } finally {
            warnings.restore();
            errors.restore();
          }
        }
      }
    });

    it(`<${tag}>: properties of any type render safely and never throw`, async () => {
      const attributes = declarations.find((d) => d.tagName === tag)!.attributes ?? [];
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      document.body.append(el);
      const warnings = spyConsole('warn');
      try {
        for (const { fieldName } of attributes) {
          if (!fieldName) continue;
          for (const value of [...payloads, 42, -1, null, undefined, {}, [], true, Number.NaN]) {
            (el as unknown as Record<string, unknown>)[fieldName] = value;
            await el.updateComplete;
            expectSafe(el, `${tag}.${fieldName} = ${String(value).slice(0, 30)}`);
          }
        }
      } finally {
        warnings.restore();
        el.remove();
      }
    });
  }
});

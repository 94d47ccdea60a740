import { expect } from '@open-wc/testing';
import { defineElement } from '../src/elements/define.js';
import { VERSION } from '../src/version.js';
import { spyConsole } from './helpers/console.js';

describe('defineElement', () => {
  it('defines a tag once and skips the same class silently the second time', () => {
    class One extends HTMLElement {}
    const warnings = spyConsole('warn');
    try {
      defineElement('kyr-test-once', One);
      expect(() => defineElement('kyr-test-once', One)).not.to.throw();
      expect(customElements.get('kyr-test-once')).to.equal(One);
      expect(warnings.calls).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('skips a second copy of the same version silently (one build loaded twice)', () => {
    const warnings = spyConsole('warn');
    try {
      defineElement('kyr-test-copy', class extends HTMLElement {});
      defineElement('kyr-test-copy', class extends HTMLElement {});
      expect(warnings.calls).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('warns, naming both versions, when another version defined the tag first', () => {
    const book = (globalThis as unknown as Record<symbol, Map<string, string>>)[Symbol.for('kyr-widgets.defined-versions')];
    customElements.define('kyr-test-old', class extends HTMLElement {});
    book.set('kyr-test-old', '0.0.1');
    const warnings = spyConsole('warn');
    try {
      expect(() => defineElement('kyr-test-old', class extends HTMLElement {})).not.to.throw();
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('kyr-widgets 0.0.1').and.to.contain(`kyr-widgets ${VERSION}`);
    } finally {
      warnings.restore();
    }
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});

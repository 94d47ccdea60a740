// The Lit floor: one trivial Lit element with @lit/localize, the least any Lit kit can weigh.
import { LitElement, html } from 'lit';
import { configureLocalization, localized, msg } from '@lit/localize';

configureLocalization({ sourceLocale: 'en', targetLocales: ['es'], loadLocale: () => Promise.resolve({ templates: {} }) });

@localized()
class BenchFloor extends LitElement {
  override render() {
    return html`<p>${msg('Hello', { id: 'bench.hello' })}</p>`;
  }
}
customElements.define('bench-floor', BenchFloor);

import { LitElement, adoptStyles, html, isServer, nothing, render, type PropertyDeclarations, type PropertyValues } from 'lit';
import { isStale } from '../content/checked.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { directionOf, type LocaleCode } from '../i18n/locales.js';
import { getLocale, startLocalization } from '../i18n/runtime.js';
import { headingLevel, type HeadingLevel } from './heading.js';
import { markInteractive } from './interactive.js';
import { unwatchView, watchView, whenNearView } from './in-view.js';

/**
 * What every kyr element shares: the page-wide locale and direction, and an
 * error boundary, so one broken widget never stops the others nor throws
 * into the host page.
 */
export class KyrElement extends LitElement {
  // Every kyr element re-renders when the page-wide language changes (what @localized() does,
  // without a decorator per class). Properties are declared in `static properties`, not with
  // decorators: the same reactive properties, without the decorator helpers in every build.
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** The active kyr locale, for the `lang` of the rendered content. */
  protected get locale(): LocaleCode {
    return getLocale();
  }

  /** `ltr` or `rtl`, for the `dir` of the rendered content. */
  protected get contentDir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  /**
   * A shadow root the server rendered (declarative shadow DOM) is taken over as it is, and Lit's
   * hydrate support does not adopt the element's styles into it. Its inline `<style>` is blocked
   * by a strict Content-Security-Policy (no 'unsafe-inline'), so adopt them here: constructed
   * stylesheets are allowed, and where the inline one did apply the rules are the same.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const fromServer = this.shadowRoot;
    const element = this.constructor as typeof LitElement;
    // No hydrate support in this copy of Lit (a server-rendered widget added after the ES build
    // looked for them): start from an empty root, not a second copy beside the server's.
    if (fromServer && !element.observedAttributes?.includes('defer-hydration')) fromServer.replaceChildren();
    this.serverRendered = !!fromServer?.hasChildNodes();
    const root = super.createRenderRoot();
    if (fromServer && root instanceof ShadowRoot) adoptStyles(root, element.elementStyles);
    return root;
  }

  /** The shadow root came from a server (declarative shadow DOM): the first render hydrates it. */
  protected serverRendered = false;

  /**
   * The first render (or the hydration of server-rendered HTML) has attached the listeners: the
   * controls that need the script appear now, in the same task, before the next paint.
   */
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    markInteractive(this);
    for (const [key, value] of this.setBeforeUpgrade ?? []) (this as unknown as Record<PropertyKey, unknown>)[key] = value;
    this.setBeforeUpgrade = undefined;
  }

  override connectedCallback(): void {
    // First use in a browser starts the page-wide language (a no-op once started, and on a server).
    startLocalization();
    super.connectedCallback();
    watchView(this);
    // What the server rendered from: the properties as the attributes and defaults set them, before
    // Lit applies those a framework set on the element before the kit defined it.
    if (this.serverRendered && !this.hasUpdated) this.serverState = new Map([...(this.constructor as typeof LitElement).elementProperties.keys()].map((key) => [key, this[key as keyof this]]));
  }

  private serverState?: Map<PropertyKey, unknown>;
  private setBeforeUpgrade?: Map<PropertyKey, unknown>;

  /**
   * Hydration must render what the server rendered, or Lit refuses the server's HTML: a property
   * set before the upgrade (a framework hydrating its own markup first) waits until just after.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const server = this.serverState;
    this.serverState = undefined;
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const [key, value] of server ?? []) {
      if (self[key] === value) continue;
      (this.setBeforeUpgrade ??= new Map()).set(key, self[key]);
      self[key] = value;
    }
    return super.shouldUpdate(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchView(this);
  }

  /** The language of the last render: a render in another one is a language switch. */
  private renderedLocale?: LocaleCode;

  // The first render waits for the page's starting language (for tags defined by hand, before
  // it loaded), so no widget paints English first; a language switch re-renders a widget off
  // screen when it comes near or at idle (shared/in-view.ts); any render waits for a lazily loaded
  // part it is about to show; at once when everything is in place. A failed load renders without it.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const starting = this.hasUpdated ? undefined : startLocalization();
    const switching = this.hasUpdated && this.renderedLocale !== this.locale ? whenNearView(this) : undefined;
    const parts = this.partsLoading();
    const waits = [starting, switching, parts].filter((wait) => wait !== undefined);
    const waiting = waits.length > 1 ? Promise.all(waits) : waits[0];
    if (!waiting) return this.guardedUpdate();
    // Until the first render, the partner's fallback shows through a slot, not a blank box.
    const root = this.renderRoot;
    if (!this.hasUpdated && root instanceof ShadowRoot && !root.hasChildNodes()) this.placeholder = root.appendChild(document.createElement('slot'));
    return waiting.then(() => this.guardedUpdate(), () => this.guardedUpdate());
  }

  private placeholder?: HTMLSlotElement;

  /** A lazily loaded module the next render needs and does not have yet (subclasses say which). */
  protected partsLoading(): Promise<unknown> | undefined {
    return undefined;
  }

  private readonly started = new Set<Promise<unknown>>();

  /** Work a reader's action started (a lazily loaded part): `updateComplete` waits for it too. */
  protected track(work: Promise<unknown>): void {
    this.started.add(work);
    void work.finally(() => this.started.delete(work)).catch(() => undefined);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.started.size) {
      await Promise.allSettled([...this.started]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  // Wraps the whole update cycle (willUpdate, render, updated), so a fault anywhere in it is caught here.
  private guardedUpdate(): void | Promise<unknown> {
    this.placeholder?.remove();
    this.placeholder = undefined;
    this.renderedLocale = this.locale;
    try {
      return super.scheduleUpdate();
    } catch (error) {
      console.error(`<${this.localName}> could not render; showing its fallback content instead.`, error);
      // Show the partner's own fallback children (light DOM) through a bare slot.
      render(html`<slot></slot>`, this.renderRoot);
    }
  }
}

/** A kyr element with headings: takes `heading-level` so they fit the host page's outline. */
export class KyrSectionElement extends KyrElement {
  static override properties: PropertyDeclarations = { headingLevel: { attribute: 'heading-level' } };

  /** Heading level, 2–6 (default 2). */
  headingLevel: number | string = 2;

  /** The validated heading level (warns once about a bad value, then uses 2). */
  protected get level(): HeadingLevel {
    return headingLevel(this, this.headingLevel);
  }
}

/**
 * A content widget (rights summary, detainer explainer): above its content, a notice when the
 * reader's clock is more than a year past the content's last check. The server never renders
 * it (its HTML may be cached for years); the browser decides, before the first render, or right
 * after hydrating a server-rendered widget, so hydration matches the server's HTML.
 */
export class KyrContentElement extends KyrSectionElement {
  static override properties: PropertyDeclarations = { stale: { state: true } };

  /** The content is older than a year by the reader's clock. */
  protected stale = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && !isServer && !this.serverRendered) this.stale = isStale(Date.now());
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.serverRendered) this.stale = isStale(Date.now());
  }

  /** The notice is a chunk of its own (most readers never need it): a render that shows it waits for it. */
  protected override partsLoading(): Promise<unknown> | undefined {
    return this.stale && !freshness ? loadFreshness() : undefined;
  }

  /** The stale-content notice, or nothing. */
  protected renderStaleNotice() {
    return this.stale && freshness ? freshness.staleNotice(this.locale) : nothing;
  }
}

let freshness: typeof import('./freshness.js') | undefined;
let freshnessLoading: Promise<unknown> | undefined;
const loadFreshness = () => (freshnessLoading ??= import('./freshness.js').then((module) => (freshness = module)));

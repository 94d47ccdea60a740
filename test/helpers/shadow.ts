/** The element's rendered shadow root, or a clear failure. */
export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  return root;
}

/** The first match inside the element's shadow root, or a clear failure. */
export function $<E extends Element = HTMLElement>(element: Element, selector: string): E {
  const found = shadow(element).querySelector<E>(selector);
  if (!found) throw new Error(`<${element.localName}> has no ${selector}`);
  return found;
}

/** Visible text of the shadow root, whitespace folded. */
export function textOf(element: Element): string {
  return (shadow(element).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A kyr element as a page writes it: created, given one attribute, connected, rendered once. */
export async function mountWithAttribute(tag: string, name: string, value: string): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  el.setAttribute(name, value);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/**
 * One clear console warning for a bad attribute value, naming the element,
 * the attribute, the value and what is used instead. Each distinct problem is
 * reported once per element, however often the element re-renders.
 */
const reported = new WeakMap<Element, Set<string>>();

export function warnAttribute(
  element: Element,
  attribute: string,
  value: unknown,
  problem: string,
): void {
  const shown = typeof value === 'string' && value.length > 80 ? `${value.slice(0, 80)}…` : String(value);
  const key = `${attribute}\u0000${shown}`;
  let seen = reported.get(element);
  if (!seen) reported.set(element, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`<${element.localName}> ${attribute}="${shown}": ${problem}`);
}

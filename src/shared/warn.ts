/**
 * Console messages that echo a value someone else wrote (an attribute, a locale code): the value
 * is quoted and its control characters escaped, so a hostile attribute cannot start a new console
 * line or reorder the message with bidi controls.
 */

/** C0 and C1 controls (newlines included), line and paragraph separators, bidi marks, embeddings, overrides and isolates; and the backslash, so an escape stays unambiguous. */
const UNSAFE_IN_LOG = /[\p{Cc}\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\\]/gu;
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

/**
 * `value` as a console message shows it: in double quotes, cut to `max` characters (then `…`),
 * with every control or bidi character written as an escape (`\n`, `\u202e`). Readable text in
 * any script is kept as it is.
 */
export function logValue(value: unknown, max = 80): string {
  const text = String(value);
  const shown = text.length > max ? `${text.slice(0, max)}…` : text;
  const escaped = shown.replace(UNSAFE_IN_LOG, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}

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
  const shown = logValue(value);
  const key = `${attribute}\u0000${shown}`;
  let seen = reported.get(element);
  if (!seen) reported.set(element, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`<${element.localName}> ${attribute}=${shown}: ${problem}`);
}

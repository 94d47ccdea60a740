// The elements' documented examples (src/elements/<name>/<name>.examples.json), for Node
// scripts: the README's fallback section (readme-sync.mjs) and the hostile host pages. The browser side reads the
// same files through src/elements/examples.ts.
import { readFileSync } from 'node:fs';

const names = ['hotline-card', 'rights-summary', 'detainer-explainer', 'language-picker'];

/** `[{ tag, examples: [{ name, title, attributes, fallback }] }]`, one entry per element, README order. */
export function loadExamples() {
  return names.map((name) => JSON.parse(readFileSync(new URL(`../src/elements/${name}/${name}.examples.json`, import.meta.url), 'utf8')));
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The example as a partner writes it: the tag, its attributes and, indented inside, its fallback. */
export function exampleHtml(tag, { attributes, fallback }, { indent = '', fallbackAttributes = '' } = {}) {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  // Marks the fallback's first element (the hostile pages check it is hidden once the widget renders).
  const inner = fallbackAttributes ? fallback.replace(/^<(\w+)/, `<$1 ${fallbackAttributes}`) : fallback;
  return `${indent}<${tag}${attrs}>\n${indent}  ${inner}\n${indent}</${tag}>`;
}

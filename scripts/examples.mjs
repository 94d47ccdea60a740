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

/** Space reserved for each widget until it renders (README: no layout shift). */
const FALLBACK_STYLE = `<style>
  kyr-hotline-card:not(:defined) { display: block; min-height: 22rem; }
  kyr-rights-summary:not(:defined) { display: block; min-height: 40rem; }
  kyr-detainer-explainer:not(:defined) { display: block; min-height: 40rem; }
  kyr-language-picker:not(:defined) { display: block; min-height: 44px; }
</style>`;

/** The README's fallback block: each element's first (default) example, as a partner writes it, then the reserved space. */
export function readmeFallbacks(sets = loadExamples()) {
  // Wraps at spaces between words, never inside a tag, continuing lines under the text.
  const wrap = (html) => {
    const lines = [''];
    for (const word of html.match(/(?:<[^>]*>|[^\s<])+/g) ?? []) {
      if (lines.at(-1) && lines.at(-1).length + word.length > 88) lines.push('');
      lines[lines.length - 1] += (lines.at(-1) ? ' ' : '') + word;
    }
    return lines.join('\n     ');
  };
  const blocks = sets.map(({ tag, examples: [first] }) => exampleHtml(tag, { ...first, fallback: wrap(first.fallback) }));
  return ['```html', blocks.join('\n\n'), '', FALLBACK_STYLE, '```'].join('\n');
}

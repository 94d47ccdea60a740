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

/** The stylesheet for plain fallback content: a file, so a strict Content-Security-Policy allows it. */
const FALLBACK_STYLESHEET = '<link rel="stylesheet" href="https://cdn.example.org/kyr-widgets@0.1.0/dist/themes/fallback.css" />';

/** The README's fallback block: the fallback stylesheet, then each element's first (default) example as a partner writes it, in a `.kyr-fallback` box. */
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
  const blocks = sets.map(({ tag, examples: [first] }) =>
    exampleHtml(tag, { ...first, fallback: `<div class="kyr-fallback">\n    ${wrap(first.fallback).replace(/\n/g, '\n  ')}\n  </div>` }),
  );
  return ['```html', FALLBACK_STYLESHEET, '', blocks.join('\n\n'), '```'].join('\n');
}

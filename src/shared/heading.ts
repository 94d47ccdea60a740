import { type TemplateResult } from 'lit';
import { html, literal } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { warnAttribute } from './warn.js';

/** Heading levels an element may render, so it fits the host page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

const tags = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/** Reads a `heading-level` value; anything but 2–6 warns once and falls back to 2. */
export function headingLevel(element: Element, value: unknown): HeadingLevel {
  if (value === null || value === undefined) return DEFAULT_HEADING_LEVEL;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level as HeadingLevel;
  warnAttribute(element, 'heading-level', value, `use a whole number from 2 to 6; using ${DEFAULT_HEADING_LEVEL}.`);
  return DEFAULT_HEADING_LEVEL;
}

/** A heading of the given level (h2–h6); `offset` makes sub-headings one level deeper, capped at h6. */
export function heading(
  level: HeadingLevel,
  content: unknown,
  attrs: { part?: string; id?: string; className?: string; focusable?: boolean } = {},
  offset = 0,
): TemplateResult {
  const tag = tags[Math.min(6, level + offset) as HeadingLevel];
  // Static tag from a fixed list (lit/static-html), never from input.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${attrs.part ?? 'heading'} id=${ifDefined(attrs.id)} class=${ifDefined(attrs.className)} tabindex=${ifDefined(attrs.focusable ? '-1' : undefined)}>${content}</${tag}>`;
}

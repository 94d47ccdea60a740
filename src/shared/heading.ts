import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { warnAttribute } from './warn.js';

/** Heading levels an element may render, so it fits the host page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** Reads a `heading-level` value; anything but 2–6 warns once and falls back to 2. */
export function headingLevel(element: Element, value: unknown): HeadingLevel {
  if (value === null || value === undefined) return DEFAULT_HEADING_LEVEL;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level as HeadingLevel;
  warnAttribute(element, 'heading-level', value, `use a whole number from 2 to 6; using ${DEFAULT_HEADING_LEVEL}.`);
  return DEFAULT_HEADING_LEVEL;
}

interface HeadingOptions {
  part?: string;
  id?: string;
  className?: string;
  /** Focusable from script (tabindex="-1"), to move focus to it. */
  focusable?: boolean;
  /** Id of the text that describes it (a question's hint), read after its name when it takes focus. */
  describedBy?: string;
}

/**
 * A heading of the given level (h2–h6); `offset` makes sub-headings deeper,
 * capped at h6. One template per level: a tag name cannot be a binding, and
 * five small templates weigh less than lit/static-html.
 */
export function heading(level: HeadingLevel, content: unknown, options: HeadingOptions = {}, offset = 0): TemplateResult {
  const part = options.part ?? 'heading';
  const id = ifDefined(options.id);
  const className = ifDefined(options.className);
  const tabindex = ifDefined(options.focusable ? '-1' : undefined);
  const describedBy = ifDefined(options.describedBy);
  switch (Math.min(6, level + offset)) {
    case 2:
      return html`<h2 part=${part} id=${id} class=${className} tabindex=${tabindex} aria-describedby=${describedBy}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id} class=${className} tabindex=${tabindex} aria-describedby=${describedBy}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id} class=${className} tabindex=${tabindex} aria-describedby=${describedBy}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id} class=${className} tabindex=${tabindex} aria-describedby=${describedBy}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id} class=${className} tabindex=${tabindex} aria-describedby=${describedBy}>${content}</h6>`;
  }
}

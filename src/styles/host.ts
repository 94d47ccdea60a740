import { css } from 'lit';
import { fontStyles } from './fonts.js';
import { lineHeightStyles } from './line-heights.js';
import { needsScriptStyles } from './needs-script.js';
import { tokenStyles } from './token-styles.js';

/**
 * Shared by every element. The public tokens (`--kyr-*`) are resolved once, with their
 * defaults, into private copies (`--_*`, styles/tokens.ts) that every rule reads, so a page
 * that sets none still gets AA contrast. `:host` resets inherited typography so the host page
 * leaks in only through tokens.
 * The base size is `max(16px, 1rem)`: the reader's larger default text grows it,
 * while a host's `html { font-size: 62.5% }` cannot shrink it; inside, only em and px.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--kyr-max-width, 640px);
  }
  /*
   * The reset sits on the element's own root wrapper, not on :host: a page rule
   * like "* { font-size: 40px !important }" matches the host and would win
   * there, but cannot reach inside the shadow root.
   */
  .root {
    color: var(--_t);
    font-size: var(--kyr-font-size, max(16px, 1rem));
    font-weight: 400;
    font-style: normal;
    font-variant: normal;
    line-height: var(--_line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    text-decoration: none;
    white-space: normal;
    /* A word (a URL, a long compound) wider than a narrow card breaks rather than spills (WCAG 1.4.10, 1.4.12). */
    overflow-wrap: anywhere;
    writing-mode: horizontal-tb;
    visibility: visible;
    pointer-events: auto;
    cursor: auto;
    -webkit-text-size-adjust: 100%;
  }
  /* The font stack and the line heights follow each element's language (styles/fonts.ts, styles/line-heights.ts). */
  ${fontStyles}
  ${lineHeightStyles}
  /* Controls that need the script stay invisible until they work (styles/needs-script.ts). */
  ${needsScriptStyles}
  /* The tokens, each resolved once into its private copy (styles/tokens.ts); here, it compresses best (bench/budgets.json). */
  ${tokenStyles}
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  /* Every svg is an icon (shared/icons.ts) beside its words, as tall as a line of them. */
  svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  /*
   * One focus ring for every control: a ring in the text color (3:1 or more against the
   * surface on every theme) outside a surface-colored gap (3:1 or more against a filled
   * control such as the call link), so it reads on any fill. What receives focus from
   * script after a step (a heading, a thank-you) shows it too, so sighted keyboard and
   * mouse users see where they are. Forced colors keep the outline and drop the gap.
   */
  :focus-visible,
  [tabindex='-1']:focus {
    outline: var(--kyr-focus-width, 3px) solid var(--kyr-color-focus, var(--_t));
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_s);
  }
  a {
    color: var(--kyr-color-link, #0b4f8a);
    text-underline-offset: 0.15em;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-weight: 700;
    line-height: var(--_line-height-tight);
  }
  p {
    margin: 0;
  }
  @media print {
    :host {
      max-inline-size: none;
    }
    .root,
    a {
      color: #000;
    }
  }
`;

/** The card surface shared by the elements (border, radius, padding, background). */
export const surfaceStyles = css`
  .surface {
    display: flex;
    flex-direction: column;
    gap: var(--_sp);
    /*
     * At most 6% of the width, also when a page sets --kyr-space (one default, set or not): at 200%
     * text on a 375 px phone (a 343 px card), 1em is 32 px a side and 6% is 21 px, 22 px more for the words.
     */
    padding: min(var(--_sp), 6%);
    background: var(--_s);
    border: 1px solid var(--_b);
    border-radius: var(--_r);
  }
  .heading {
    font-size: 1.375em;
  }
  .subheading {
    font-size: 1.125em;
  }
  .source {
    font-size: 0.875em;
    color: var(--_m);
  }
  .source-list,
  .source-list li {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Several sources: one per line, easier to read than a run-on line (and in RTL). */
  .source-list:has(li + li) {
    display: block;
    margin-block-start: 0.25em;
    padding-inline-start: 1.25em;
  }
  .source-list:has(li + li) li {
    display: list-item;
    list-style: disc;
  }
  @media print {
    .surface {
      background: none;
      border-color: #000;
    }
    .source {
      color: #000;
    }
  }
`;

/** Buttons, and links that look like one (`.button`): at least 44 × 44 px, so they are easy to tap. */
export const buttonStyles = css`
  /* A type selector: the focus ring's :focus-visible rule still wins over it. */
  button {
    all: unset;
  }
  button,
  .button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_a);
    border-radius: var(--_r);
    background: var(--_s);
    color: var(--_a);
    font: inherit;
    font-weight: 700;
    line-height: var(--_line-height-tight);
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  button:hover,
  .button:hover {
    background: var(--_as);
  }
  @media print {
    button,
    .button {
      display: none;
    }
  }
`;

/** A compact call link (rights summary, detainer explainer): a big tap target in the accent color. */
export const callLinkStyles = css`
  .call-link {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    max-inline-size: 100%;
    min-block-size: 44px;
    padding-block: calc(0.5em - 2px);
    padding-inline: min(calc(1em - 2px), 8%);
    /* Transparent until forced colors paint it: the link keeps its shape there (WCAG 1.4.11). */
    border: 2px solid transparent;
    border-radius: var(--_r);
    background: var(--_a);
    color: var(--kyr-color-accent-contrast, #ffffff);
    font-weight: 700;
    text-decoration: none;
  }
  .call-link:hover {
    text-decoration: underline;
  }
  .call-link > * {
    min-inline-size: 0;
  }
  /* A number wraps only between its groups (shared/phone-link.ts). */
  .digits {
    white-space: nowrap;
  }
  /* In right-to-left text its lines align right, like the words around it, though the number reads left to right. */
  [dir='rtl'] .call-link .number {
    text-align: end;
  }
  @media print {
    .call-link {
      background: none;
      color: #000;
      border: 2px solid #000;
      font-size: 1.125em;
    }
  }
`;

/** "Was this information helpful?" */
export const feedbackStyles = css`
  .feedback {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding-block-start: var(--_sp);
    border-block-start: 1px solid var(--_b);
  }
  .feedback-buttons {
    display: flex;
    gap: 0.5em;
  }
  .feedback-thanks {
    font-weight: 700;
  }
  @media print {
    .feedback {
      display: none;
    }
  }
`;

/** On paper: links write out their address, since nobody can tap them. */
export const printLinkStyles = css`
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    .no-print {
      display: none !important;
    }
    a[href^='http']:not(.url-shown)::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      word-break: break-all;
    }
  }
`;

/**
 * "General information, not legal advice" and where to get legal help (shared/legal-help.ts), and
 * the stale-content notice (shared/freshness.ts): boxes of the same shape inside a content widget.
 */
export const legalHelpStyles = css`
  .help,
  .stale {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding: min(var(--_sp), 6%);
    border-radius: var(--_r);
  }
  .help {
    /* Painted only in forced colors, where the background goes: the box keeps its shape. */
    border: 1px solid transparent;
    background: var(--_as);
  }
  @media print {
    .help {
      background: none;
      border: 1px solid #000;
      break-inside: avoid;
    }
  }
`;

/** The notice of content not checked for over a year (its box shape is the help box's), and the "checked on" line. */
export const freshnessStyles = css`
  .stale {
    gap: 0.5em;
    border: 2px solid var(--_n);
  }
  .stale .call-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .checked {
    margin-block-start: 0.25em;
  }
`;

/** Everything a content element (rights summary, detainer explainer) shares. */
export const contentStyles = [hostStyles, surfaceStyles, buttonStyles, callLinkStyles, feedbackStyles, printLinkStyles, legalHelpStyles, freshnessStyles];

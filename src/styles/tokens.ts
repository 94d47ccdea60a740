/**
 * The public design tokens: every `--kyr-*` custom property a page may set, with its default and
 * what it styles. The one list of them: `npm run tokens` writes the CSS that resolves them
 * (styles/token-styles.ts), and the Custom Elements Manifest (custom-elements-manifest.config.mjs),
 * the element pages, the README and Storybook document them from here. Node reads this module as
 * it is (no imports), and no browser build ships it: the browser gets only the generated CSS.
 */
export interface Token {
  /** The public name, without `--kyr-`. */
  name: string;
  /** The default, as CSS. A default that names another token (`var(--kyr-color-text)`) follows a page's value of it. */
  default: string;
  /** What it styles: one line, for the docs. */
  description: string;
  /**
   * The private copy the styles read, `var(--_<private>)`, resolved once on `:host`. Short, because
   * each use carries it (measured: readable names cost the first load 30 B gzip more). A token
   * without one is used in one place only, and reads the public token there with this default
   * (hoisting it would cost bytes and save none; test/node/tokens.test.mjs checks the default).
   */
  private?: string;
  /** The default differs by language (each script's own font stack, styles/fonts.ts). */
  perScript?: true;
}

export const tokens: Token[] = [
  {
    name: 'font-family',
    default: "system-ui, … (each script's own stack)",
    description:
      'Font stack for every language. Unset, each script gets its own: Latin and Cyrillic, Bengali, Arabic, Urdu Nastaliq, Chinese Simplified and Traditional, Korean.',
    perScript: true,
  },
  { name: 'font-size', default: 'max(16px, 1rem)', description: "Base size; everything inside scales from it. By default it grows with the reader's larger text, and is never below 16 px." },
  { name: 'color-text', default: '#1b1b1b', description: 'Text color.', private: 't' },
  { name: 'color-muted', default: '#4a4a4a', description: 'Secondary text: the agency, dates, source lines.', private: 'm' },
  { name: 'color-surface', default: '#ffffff', description: 'Background of the widget and its buttons, and the gap inside the focus ring.', private: 's' },
  { name: 'color-border', default: '#8a8a8a', description: 'Borders of the card and the key figures, and the line above "Was this information helpful?".', private: 'b' },
  { name: 'color-accent', default: '#0b4f8a', description: "Call links, buttons, the language select's border, check marks, timeline marks.", private: 'a' },
  { name: 'color-accent-contrast', default: '#ffffff', description: 'Text on the accent color (the call links).' },
  { name: 'color-accent-soft', default: '#e8f0f8', description: 'Button hover, and the background of the answer and the legal-help box.', private: 'as' },
  { name: 'color-link', default: '#0b4f8a', description: 'Link color.' },
  { name: 'color-focus', default: 'var(--kyr-color-text)', description: 'Focus ring color (outside a gap in the surface color); keep it 3:1 on the surface.' },
  { name: 'color-yes', default: '#0b6b3a', description: 'Bar beside a "may honor" answer (3:1 on the surface and the soft accent).' },
  {
    name: 'color-no',
    default: '#8a1c1c',
    description: 'Bar beside a "does not honor" answer, the caution mark, the border of the notice of old content (3:1 on the surface and the soft accent).',
    private: 'n',
  },
  { name: 'focus-width', default: '3px', description: 'Focus ring width.' },
  { name: 'radius', default: '8px', description: 'Corner radius.', private: 'r' },
  {
    name: 'space',
    default: '1em',
    description: "Gaps between the parts, and the padding of boxes: that padding is at most 6% of the box's width, so large text keeps its room on a narrow phone.",
    private: 'sp',
  },
  { name: 'max-width', default: '640px', description: 'Widest a widget grows.' },
];

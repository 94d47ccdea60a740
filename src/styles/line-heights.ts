import { css } from 'lit';

/**
 * Line heights per script, set where the language is set (every element with a `lang`) as two
 * private properties that the rules read instead of numbers: `--_line-height` for running text
 * and `--_line-height-tight` for headings, buttons and labels. So a tight rule such as the call
 * button's never undercuts the room a script needs.
 *
 * Measured over every translated string (glyph ink above plus below the baseline, in em): Latin
 * and Cyrillic with accents 1.2, Chinese and Korean 1.15, Bengali 1.31 (vowel signs above and
 * below), Arabic up to 2 (vowel marks stacked on hamza), Urdu Nastaliq up to 2.95 (its words
 * climb on a slant, and Noto Nastaliq Urdu's line box is 2.5 em).
 */
export const lineHeightStyles = css`
  [lang] {
    --_line-height: 1.5;
    --_line-height-tight: 1.25;
  }
  [lang]:lang(bn) {
    --_line-height-tight: 1.4;
  }
  /* Arabic's vowel marks above and below need the running text's room even in a heading. */
  [lang]:lang(ar) {
    --_line-height-tight: 1.5;
  }
  /* Nastaliq needs taller lines than Naskh or Latin everywhere, tight or not. */
  [lang]:lang(ur) {
    --_line-height: 2;
    --_line-height-tight: 2;
  }
  /* A phone number or an address inside any script is Latin (styles/fonts.ts draws it so in Urdu). */
  bdi[dir='ltr'] {
    --_line-height: 1.5;
    --_line-height-tight: 1.25;
  }
`;

import { css } from 'lit';
import { hostStyles } from '../../styles/host.js';

export const languagePickerStyles = [
  hostStyles,
  css`
    :host {
      display: inline-block;
      max-inline-size: 100%;
    }
    .picker {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }
    label {
      display: inline-flex;
      /* "(Language)" goes to the next line rather than breaking a word, with large text. */
      flex-wrap: wrap;
      align-items: center;
      gap: 0 0.375em;
      font-weight: 700;
    }
    .english {
      font-weight: 400;
      color: var(--_m);
    }
    select {
      min-block-size: 44px;
      /* A set width: sized from its options, the select would first shape all twelve
         scripts' names, loading their fonts (measured: ~10× its layout time). Never wider
         than the room it has (a narrow card, large text): the host and the flex box around
         it are capped at 100%, so this percentage has a width to resolve against. */
      inline-size: 12em;
      max-inline-size: 100%;
      padding-block: 0.375em;
      padding-inline: 0.75em 0.5em;
      border: 2px solid var(--_a);
      border-radius: var(--_r);
      background: var(--_s);
      color: var(--_t);
      font: inherit;
      cursor: pointer;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];

import { css } from 'lit';
import { hostStyles } from '../../styles/host.js';

export const languagePickerStyles = [
  hostStyles,
  css`
    :host {
      display: inline-block;
    }
    .picker {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.375em;
      font-weight: 700;
    }
    label svg {
      inline-size: 1.25em;
      block-size: 1.25em;
      flex: none;
    }
    .english {
      font-weight: 400;
      color: var(--kyr-color-muted, #4a4a4a);
    }
    select {
      min-block-size: 44px;
      /* A set width: sized from its options, the select would first shape all twelve
         scripts' names, loading their fonts (measured: ~10× its layout time). */
      inline-size: 12em;
      padding-block: 0.375em;
      padding-inline: 0.75em 0.5em;
      border: 2px solid var(--kyr-color-accent, #0b4f8a);
      border-radius: var(--kyr-radius, 8px);
      background: var(--kyr-color-surface, #ffffff);
      color: var(--kyr-color-text, #1b1b1b);
      font: inherit;
      cursor: pointer;
    }
    select:focus-visible {
      outline: var(--kyr-focus-width, 3px) solid var(--kyr-color-focus, #ffbf47);
      outline-offset: 2px;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];

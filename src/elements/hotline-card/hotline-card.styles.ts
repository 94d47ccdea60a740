import { css } from 'lit';
import { buttonStyles, hostStyles, surfaceStyles } from '../../styles/host.js';

export const hotlineCardStyles = [
  hostStyles,
  surfaceStyles,
  buttonStyles,
  css`
    .header {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
    }
    .agency {
      color: var(--kyr-color-muted, #4a4a4a);
    }
    .call {
      display: flex;
      align-items: center;
      gap: 0.75em;
      min-block-size: 56px;
      padding: 0.75em 1em;
      border-radius: var(--kyr-radius, 8px);
      background: var(--kyr-color-accent, #0b4f8a);
      color: var(--kyr-color-accent-contrast, #ffffff);
      text-decoration: none;
      font-weight: 700;
    }
    .call:hover {
      text-decoration: underline;
    }
    .call svg {
      flex: none;
      inline-size: 1.75em;
      block-size: 1.75em;
    }
    .call-text {
      display: flex;
      flex-direction: column;
      line-height: 1.2;
    }
    .call-label {
      font-size: 0.875em;
    }
    .number {
      font-size: 1.5em;
      font-variant-numeric: tabular-nums;
      unicode-bidi: isolate;
      white-space: nowrap;
    }
    .unlinked {
      font-weight: 700;
    }
    .details {
      display: grid;
      gap: 0.5em;
      margin: 0;
    }
    .details dt {
      font-weight: 700;
    }
    .details dd {
      margin: 0;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    /* Side by side when there is room for both labels on one line each, else stacked. */
    .buttons button {
      flex: 1 1 12em;
    }
    /* The live region stays rendered (hidden regions are not announced); it takes space only when it speaks. */
    .status:not(:empty) {
      margin-block-start: 0.5em;
      font-weight: 600;
    }
    @media print {
      .call {
        background: none;
        color: #000;
        padding: 0;
        border: 2px solid #000;
        padding: 0.5em;
      }
      .status {
        display: none;
      }
    }
  `,
];

import { css } from 'lit';
import { buttonStyles, callLinkStyles, hostStyles, surfaceStyles } from '../../styles/host.js';

export const hotlineCardStyles = [
  hostStyles,
  surfaceStyles,
  buttonStyles,
  callLinkStyles,
  css`
    .header {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
    }
    .agency {
      color: var(--_m);
    }
    /* The shared call link (styles/host.ts), full width and larger: the card's main action. */
    .call {
      display: flex;
      gap: 0.25em 0.75em;
      min-block-size: 56px;
      /* At most 6% of the card for the sides, so large text keeps the room in a narrow card. */
      padding-block: calc(0.75em - 2px);
      padding-inline: min(calc(1em - 2px), 6%);
      /* The number's size follows the link's width (cqi) between 1em and 1.5em. */
      container-type: inline-size;
    }
    .call svg {
      inline-size: 1.75em;
      block-size: 1.75em;
    }
    /* The label keeps its script's line height (Nastaliq's "کال کریں" needs twice Latin's); the number is Latin everywhere. */
    .call-text {
      display: flex;
      flex-direction: column;
      line-height: var(--_line-height-tight);
    }
    .call-label {
      font-size: 0.875em;
    }
    .number {
      font-size: 1.5em;
      font-variant-numeric: tabular-nums;
      unicode-bidi: isolate;
    }
    .call .number {
      font-size: clamp(1em, 14cqi, 1.5em);
      line-height: var(--_line-height-tight);
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
    .hours {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .as-of {
      font-size: 0.875em;
      color: var(--_m);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    /* Side by side when there is room for both labels on one line each, else stacked. */
    .buttons > * {
      flex: 1 1 12em;
    }
    /* The live region stays rendered (hidden regions are not announced); it takes space only when it speaks. */
    .status:not(:empty) {
      margin-block-start: 0.5em;
      font-weight: 700;
    }
    @media print {
      .call {
        padding: 0.5em;
      }
      .status {
        display: none;
      }
    }
  `,
];

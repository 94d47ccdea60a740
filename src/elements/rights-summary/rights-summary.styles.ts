import { css } from 'lit';
import { contentStyles } from '../../styles/host.js';

export const rightsSummaryStyles = [
  ...contentStyles,
  css`
    .points {
      display: grid;
      gap: 0.75em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .points li {
      display: flex;
      gap: 0.5em;
      align-items: flex-start;
    }
    .points svg {
      margin-block-start: 0.125em;
      color: var(--_a);
    }
    .points .caution svg {
      color: var(--_n);
    }
    .as-of {
      font-size: 0.875em;
      color: var(--_m);
    }
    .door,
    .if-ice {
      display: grid;
      gap: 0.75em;
      /* No content-visibility here: it holds links, and its containment clipped their focus rings. */
    }
    /* Plain list items, so their numbers show (a grid or flex item has no marker). */
    .steps {
      margin: 0;
      padding-inline-start: 1.5em;
    }
    .steps li + li {
      margin-block-start: 1em;
    }
    .steps li > * + * {
      margin-block-start: 0.5em;
    }
    .steps li::marker {
      font-weight: 700;
    }
  `,
];

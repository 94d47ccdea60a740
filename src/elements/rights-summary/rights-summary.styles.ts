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
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
      margin-block-start: 0.125em;
      color: var(--kyr-color-accent, #0b4f8a);
    }
    .if-ice {
      display: grid;
      gap: 0.75em;
    }
    .subheading {
      font-size: 1.125em;
    }
    .steps {
      display: grid;
      gap: 1em;
      margin: 0;
      padding-inline-start: 1.5em;
    }
    .steps li {
      display: grid;
      gap: 0.5em;
      justify-items: start;
    }
    .steps li::marker {
      font-weight: 700;
    }
  `,
];

import { css } from 'lit';
import { contentStyles } from '../../styles/host.js';

export const detainerExplainerStyles = [
  ...contentStyles,
  css`
    .part {
      display: grid;
      gap: 0.75em;
    }
    .decision .no-print,
    .rule {
      display: grid;
      gap: 0.75em;
    }
    .rule {
      justify-items: start;
    }
    /* The questions and what stands in for them without the script share one place: as tall as the taller, so nothing moves when they swap. */
    .steps {
      display: grid;
    }
    .steps > * {
      grid-area: 1 / 1;
      align-self: start;
    }
    .given {
      display: grid;
      gap: 0.25em;
      margin: 0;
      padding-inline-start: 1.25em;
      color: var(--_m);
    }
    .given li span::after {
      content: ' ';
    }
    .question {
      display: grid;
      gap: 0.75em;
      padding: min(var(--_sp), 6%);
      border: 2px solid var(--_a);
      border-radius: var(--_r);
    }
    .question-heading {
      font-size: 1em;
    }
    /* The headings that take focus after a step: a little room between their words and the focus ring, without moving them. */
    .question-heading,
    .answer-title {
      margin: -0.25em;
      padding: 0.25em;
      border-radius: 4px;
    }
    .progress {
      display: block;
      font-size: 0.875em;
      font-weight: 700;
      color: var(--_m);
    }
    .question-text {
      display: block;
      font-size: 1.125em;
      font-weight: 700;
    }
    .answers,
    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .answers button {
      flex: 1 1 6em;
    }
    .nav button {
      border-width: 1px;
      font-weight: 400;
    }
    :host(:dir(rtl)) .back-arrow,
    [dir='rtl'] .back-arrow {
      transform: scaleX(-1);
    }
    .answer {
      display: grid;
      gap: 0.5em;
      padding: min(var(--_sp), 6%);
      border-inline-start: 6px solid var(--_n);
      border-radius: var(--_r);
      background: var(--_as);
    }
    .answer.may-honor {
      border-inline-start-color: var(--kyr-color-yes, #0b6b3a);
    }
    .answer.depends {
      border-inline-start-color: var(--_a);
    }
    .answers button[data-answer='unknown'] {
      flex-basis: 100%;
    }
    .answer-title {
      font-size: 1.125em;
    }
    .law {
      font-size: 0.875em;
    }
    .timeline {
      display: grid;
      gap: 0.75em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .timeline li {
      display: grid;
      gap: 0.125em;
      padding-inline-start: 1em;
      border-inline-start: 3px solid var(--_a);
    }
    .timeline time {
      font-weight: 700;
    }
    .figures {
      display: grid;
      /* One column when 12em does not fit (large text, a narrow card). */
      grid-template-columns: repeat(auto-fit, minmax(min(12em, 100%), 1fr));
      gap: 0.75em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .figures li {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      padding: 0.75em;
      border: 1px solid var(--_b);
      border-radius: var(--_r);
    }
    .figure-value {
      font-size: 1.5em;
      font-weight: 700;
      line-height: var(--_line-height-tight);
    }
    .figure-source {
      margin-block-start: auto;
      font-size: 0.875em;
      color: var(--_m);
    }
    @media print {
      /* On paper the rule stands in for the questions; the legal help is printed below. */
      .rule {
        visibility: visible;
      }
      .rule > :not(:first-child) {
        display: none;
      }
      .figures li,
      .answer {
        background: none;
        break-inside: avoid;
      }
    }
  `,
];

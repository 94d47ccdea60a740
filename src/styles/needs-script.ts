import { css } from 'lit';

/**
 * What only works with the script (`.needs-script`: buttons, the language select) and what stands
 * in for it without (`.without-script`). Server-rendered HTML is shown before the script takes it
 * over, and with JavaScript off: there it shows no control that does nothing. Both are kept in
 * the layout (visibility, not display), so nothing shifts when the controls appear.
 *
 * `:host(:state(interactive))` is set once the element's listeners are attached (shared/interactive.ts).
 * Each `:state()` rule stands alone: a browser without `:state()` drops just that rule, and then
 * shows the controls (as before) and never the stand-in.
 */
export const needsScriptStyles = css`
  :host(:not(:state(interactive))) .needs-script {
    visibility: hidden;
  }
  .without-script {
    visibility: hidden;
  }
  :host(:not(:state(interactive))) .without-script {
    visibility: visible;
  }
`;

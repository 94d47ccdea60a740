/**
 * Marks an element whose controls now work: its event listeners are attached (Lit's first
 * render, or hydration of server-rendered HTML). The shadow styles match it as
 * `:host(:state(interactive))` (styles/needs-script.ts); server-rendered HTML, before the script
 * takes it over or with JavaScript off, does not carry the state.
 *
 * Browsers without custom states (CustomStateSet, `:state()`) skip it, and the styles keyed on
 * it drop out there, leaving every control shown as before.
 */
export function markInteractive(element: HTMLElement): void {
  try {
    element.attachInternals().states?.add('interactive');
  } catch {
    // No ElementInternals, or an older engine that takes only `--`-prefixed states: nothing to mark.
  }
}

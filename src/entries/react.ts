/**
 * Entry `kyr-widgets/react` (`dist/npm/react.js`; its JSX typings, `dist/frameworks/react.d.ts`,
 * are generated from the manifest and re-export this module's): what React 19 leaves undone on
 * server-rendered pages. No React import: a callback ref is a plain function.
 */
import type { KyrEventMap } from '../events.js';

/** `onkyr-decision`, `onkyr-feedback`, `onkyr-locale-change`: React 19's names for the kit's events. */
export type KyrEventHandlers = {
  [Type in keyof KyrEventMap as `on${Type}`]?: (event: KyrEventMap[Type]) => void;
};

/** The element's own properties (`headingLevel`, `hotline`, …) and its `kyr-*` listeners. */
export type KyrProps<E extends HTMLElement> = Partial<Omit<E, keyof HTMLElement>> & KyrEventHandlers;

/**
 * A callback ref that sets a kyr element's properties and adds its `kyr-*` listeners:
 * `<kyr-hotline-card ref={kyrProps({ headingLevel: 3, 'onkyr-…': handler })} />`.
 *
 * React 19 sets properties and `on<event>` listeners on custom elements it creates or updates,
 * but not on those it hydrates (facebook/react#35446): on a server-rendered page (Next.js, Remix)
 * `headingLevel={3}` and `onkyr-locale-change={…}` then do nothing until a later render changes
 * them. A ref runs on hydration too. Each render gives React a new ref, so the previous one's
 * listeners are removed and the current values set (the elements ignore an unchanged value).
 */
export function kyrProps<E extends HTMLElement>(props: KyrProps<E>): (element: E | null) => (() => void) | undefined {
  return (element) => {
    if (!element) return undefined;
    const listeners: Array<[string, EventListener]> = [];
    for (const [name, value] of Object.entries(props)) {
      if (name.startsWith('onkyr-')) listeners.push([name.slice(2), value as EventListener]);
      else (element as unknown as Record<string, unknown>)[name] = value;
    }
    for (const [type, listener] of listeners) element.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of listeners) element.removeEventListener(type, listener);
    };
  };
}

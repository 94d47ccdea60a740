import type { ReactiveControllerHost } from 'lit';
import type { FeedbackController } from './feedback.js';

/*
 * "Was this information helpful?" is off unless a partner asks for it (`feedback`), so its
 * code is a chunk of its own, loaded for elements that show it (their update waits for it).
 */

type Feedback = typeof import('./feedback.js');
type Host = ReactiveControllerHost & HTMLElement;

let loaded: Feedback | undefined;
let loading: Promise<Feedback> | undefined;
const controllers = new WeakMap<Host, FeedbackController>();

/** Loads the feedback module once; undefined when it is already here. */
export function loadFeedback(): Promise<Feedback> | undefined {
  if (loaded) return undefined;
  return (loading ??= import('./feedback.js').then((module) => (loaded = module)));
}

/** The element's feedback box, its controller made on first use (nothing until the module is here). */
export function renderFeedback(host: Host, enabled: boolean) {
  if (!enabled || !loaded) return undefined;
  let controller = controllers.get(host);
  if (!controller) controllers.set(host, (controller = new loaded.FeedbackController(host)));
  return controller.render(true);
}

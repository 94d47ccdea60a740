/*
 * Which widgets are on or near the screen, from one IntersectionObserver for the page. A language
 * switch re-renders those at once, and the others when they come near or the browser is idle: the
 * reader sees their language sooner, and the rest of the work comes in tasks of its own.
 */

/** Half a screen above and below counts as near: a widget scrolled into view has already switched. */
const NEAR = '50% 0px';
/** The longest an off-screen widget waits for an idle moment (a busy page, a background tab). */
const IDLE_TIMEOUT_MS = 1000;

const offscreen = new WeakSet<Element>();
const pending = new Map<Element, { promise: Promise<void>; resolve: () => void }>();
let observer: IntersectionObserver | undefined;

function release(element: Element): void {
  pending.get(element)?.resolve();
}

/** Starts following `element` (from its connectedCallback). A no-op where there is no IntersectionObserver (a server). */
export function watchView(element: Element): void {
  if (typeof IntersectionObserver !== 'function') return;
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) {
          if (!isIntersecting) {
            offscreen.add(target);
            continue;
          }
          offscreen.delete(target);
          release(target);
        }
      },
      { rootMargin: NEAR },
    );
    // On paper every widget must be in the page's language.
    addEventListener('beforeprint', () => [...pending.keys()].forEach(release));
  }
  observer.observe(element);
}

/** Stops following `element` (from its disconnectedCallback); a wait it had ends. */
export function unwatchView(element: Element): void {
  observer?.unobserve(element);
  offscreen.delete(element);
  release(element);
}

function onIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 50);
  return () => clearTimeout(id);
}

/**
 * Nothing when `element` is on or near the screen, or not yet known to be off it; otherwise a
 * promise that resolves once it comes near, or at the browser's next idle moment.
 */
export function whenNearView(element: Element): Promise<void> | undefined {
  if (!offscreen.has(element)) return undefined;
  let wait = pending.get(element);
  if (!wait) {
    let resolve!: () => void;
    const promise = new Promise<void>((done) => (resolve = done));
    const cancelIdle = onIdle(() => release(element));
    wait = {
      promise,
      resolve: () => {
        pending.delete(element);
        cancelIdle();
        resolve();
      },
    };
    pending.set(element, wait);
  }
  return wait.promise;
}

import { VERSION } from '../version.js';

/** Which kyr-widgets version defined each tag, shared by every copy of the kit on the page. */
type VersionBook = Map<string, string>;
const BOOK_KEY = Symbol.for('kyr-widgets.defined-versions');
const globalBook = globalThis as unknown as Record<symbol, VersionBook | undefined>;
const book: VersionBook = (globalBook[BOOK_KEY] ??= new Map());

/**
 * Registers `tag` once. A page that loads the kit twice (both builds, or one
 * build twice) keeps the first definition: an identical version is skipped
 * silently, a different one with a warning naming both versions. Never throws.
 */
export function defineElement(
  tag: string,
  element: CustomElementConstructor,
  // Whatever registry exists: the page's, or a server renderer's shim (Lit provides one in Node).
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    const first = book.get(tag);
    if (existing !== element && first !== VERSION) {
      console.warn(
        `kyr-widgets: <${tag}> is already defined by ${first ? `kyr-widgets ${first}` : 'another script'}; ` +
          `keeping it and skipping kyr-widgets ${VERSION}. Load the kit once per page.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, element);
    book.set(tag, VERSION);
  } catch (error) {
    console.warn(`kyr-widgets: could not define <${tag}>.`, error);
  }
}

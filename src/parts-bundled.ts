/**
 * True in the standalone file, where every lazily loaded part is already in the file (its build
 * swaps this module, see staticLazyParts in vite.config.ts); false wherever parts download.
 */
export const partsBundled: boolean = false;

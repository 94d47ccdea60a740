// Imports a module of src/ as TypeScript source, in plain Node (no build, no browser): for the
// pure logic (locale matching, phone numbers, formatting), tested where it is fastest.
import { register } from 'node:module';

register(new URL('./source-hooks.mjs', import.meta.url));

/** `src/<path>` (e.g. `i18n/negotiate.ts`), imported after the hooks above are in place. */
export const source = (path) => import(new URL(`../../../src/${path}`, import.meta.url).href);

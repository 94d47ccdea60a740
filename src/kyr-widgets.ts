/**
 * Script-tag ES entry (`dist/kyr-widgets.js`): the package's main entry plus hydration of
 * server-rendered widgets. Hydrate support first: it must be in place before Lit is.
 */
import './hydrate-support.js';

export * from './index.js';

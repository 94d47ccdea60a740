import type { ElementExamples } from '../examples.js';
// Plain JSON, so Node scripts read the same examples (see ../examples.ts); its shape is checked by test/node/examples.test.mjs.
import data from './hotline-card.examples.json';

/** The documented examples of `<kyr-hotline-card>`: they drive its stories, the demo's presets, the hostile host pages, the README fallbacks and the accessibility matrix. */
export const hotlineCardExamples = data as unknown as ElementExamples;

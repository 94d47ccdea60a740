import type { ElementExamples } from '../examples.js';
// Plain JSON, so Node scripts read the same examples (see ../examples.ts); its shape is checked by test/node/examples.test.mjs.
import data from './language-picker.examples.json';

/** The documented examples of `<kyr-language-picker>`: they drive its stories, the demo's presets, the hostile host pages, the README fallbacks and the accessibility matrix. */
export const languagePickerExamples = data as unknown as ElementExamples;

// What the translation check allows, shared by the Node check and the browser's locale-rendering test.

/** Targets that may equal their English source: numbers, names and codes that are the same in every language. */
export const SAME_IN_EVERY_LANGUAGE = new Set(['311', 'ICE', 'ActionNYC', 'nyc.gov/KnowYourRights', 'I-247', '287(g)', 'No']);

/** The XLIFF 1.2 state for a translation that awaits a native speaker's review. */
export const REVIEW_STATE = 'needs-review-translation';

/** The parts a partner can show with `sections`, in their order (also in dist/kit.json, for the WordPress plugin). */
export const sectionNames = ['definition', 'decision', 'timeline', 'figures'] as const;
export type SectionName = (typeof sectionNames)[number];

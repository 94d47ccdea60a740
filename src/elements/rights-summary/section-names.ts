/** The parts a partner can show with `sections`, in their default order (also in dist/kit.json, for the WordPress plugin). */
export const sectionNames = ['door', 'rights', 'detained'] as const;
export type SectionName = (typeof sectionNames)[number];

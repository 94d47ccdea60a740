/** Custom Elements Manifest analyzer: Lit-aware, and only the public API (private and protected members left out). */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'kyr-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) {
              const hidden = new Set(declaration.members.filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('_')).map((member) => member.name));
              declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
              // Internal state in `static properties` ({ state: true }) has no attribute.
              if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
            }
          }
        }
      },
    },
  ],
};

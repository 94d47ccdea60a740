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
              declaration.members = declaration.members.filter(
                (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('_'),
              );
            }
          }
        }
      },
    },
  ],
};

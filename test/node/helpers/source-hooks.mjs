// Module hooks for Node-side tests of the TypeScript sources, with no build: the sources import
// each other as `./x.js` (what the bundler and tsc expect); next to a `.ts` importer that file is
// `./x.ts`. Node strips the types itself.
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    const fromSource = context.parentURL?.endsWith('.ts') && /^\.\.?\/.*\.js$/.test(specifier);
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !fromSource) throw error;
    return next(specifier.replace(/\.js$/, '.ts'), context);
  }
}

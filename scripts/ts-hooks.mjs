// Lets a Node script import the TypeScript sources (src/**/*.ts) as they are: Node strips the
// types, and this maps the `.js` the sources write in their imports to the `.ts` file beside it.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!/^\.{1,2}\/.*\.js$/.test(specifier)) throw error;
      return nextResolve(specifier.replace(/\.js$/, '.ts'), context);
    }
  },
});

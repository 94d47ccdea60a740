import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { defineConfig, type Plugin, type Rolldown, type UserConfig } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';

/** The one-element entries, each a thin module that defines one tag (package.json `exports` `./hotline-card.js` …). */
export const elementEntries = {
  'hotline-card': 'src/entries/hotline-card.ts',
  'rights-summary': 'src/entries/rights-summary.ts',
  'detainer-explainer': 'src/entries/detainer-explainer.ts',
  'language-picker': 'src/entries/language-picker.ts',
};

/**
 * Minifies the CSS inside css`` templates (Lightning CSS) and folds runs of white space in
 * html`` and svg`` templates to one space, which the JS minifier leaves as written. Only
 * folding: a full HTML minifier drops the spaces between inline elements and breaks SVG paths.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'kyr-minify-templates',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const foldWhiteSpace = (markup: string) => markup.replace(/\s+/g, ' ');
      return (await minifyHTMLLiterals(code, { fileName: id, html: foldWhiteSpace })) ?? null;
    },
  };
}

/**
 * Every msg() in the kit names its id (`{ id: 'hotline.call' }`; ESLint refuses one without), so
 * @lit/localize's fallback that hashes a message's text into an id never runs: leave it out
 * (263 B gzip of the ES first load, 291 B of the standalone file, measured 2026-12-07). It swaps
 * a module private to @lit/localize, so the build fails, rather than quietly growing, the day
 * @lit/localize stops importing it the same way.
 */
export function explicitMessageIds(): Plugin {
  const stub = '\0kyr-explicit-msg-ids';
  const runtimeMsg = /@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/;
  let usesRuntimeMsg = false;
  let stubbed = false;
  return {
    name: 'kyr-explicit-msg-ids',
    enforce: 'pre',
    buildStart() {
      usesRuntimeMsg = stubbed = false;
    },
    resolveId(source, importer) {
      if (source !== './id-generation.js' || !importer || !runtimeMsg.test(importer)) return null;
      stubbed = true;
      return stub;
    },
    load(id) {
      if (runtimeMsg.test(id)) usesRuntimeMsg = true;
      return id === stub ? 'export const generateMsgId = () => "";' : null;
    },
    buildEnd() {
      if (usesRuntimeMsg && !stubbed) this.error('explicitMessageIds: @lit/localize no longer imports ./id-generation.js from internal/runtime-msg.js; update or remove this plugin.');
    },
  };
}

/**
 * Modules the ES build fetches only when needed: each language, hydrate support (pages with
 * server-rendered widgets) and the lit-html internals only it uses, the explainer's timeline and
 * figures, its step-through past question 1 (with the decision logic and the answer), the rights
 * summary's sections (with their content), the stale-content notice (shown a year after the last
 * check), the feedback box (off by default) and the contact file (built and saved).
 */
const lazyParts =
  /[\\/]generated[\\/]locales[\\/]|[\\/]src[\\/](hydration[\\/]after-lit|elements[\\/]detainer-explainer[\\/](history|answer|decision)|content[\\/](detainer-history|rights)|elements[\\/]rights-summary[\\/]sections|shared[\\/](feedback|freshness)|elements[\\/]hotline-card[\\/](vcard|save-contact))\.ts$|[\\/]@lit-labs[\\/]|[\\/]lit-html[\\/](development[\\/])?(private-ssr-support|directive-helpers|directive)\.js$/;

/**
 * The standalone file holds everything: its lazy parts become static imports, so the bundle has
 * no lazy-module wrappers (an `import('./x.js')` of the ES build is here a plain object of the
 * module's exports; not a namespace object, which a bundle builds with a for…in loop that breaks
 * on pages that add enumerable keys to Object.prototype). Given `only`, just the parts whose
 * source file it matches become static (the npm graph, see firstRenderParts).
 */
export function staticLazyParts(only?: RegExp): Plugin {
  return {
    name: 'kyr-static-lazy-parts',
    enforce: 'pre',
    transform(code, id) {
      if (!only && /[\\/]src[\\/]parts-bundled\.ts$/.test(id)) return { code: 'export const partsBundled = true;', map: null };
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\bimport\((['"])\./.test(code)) return null;
      const imports: string[] = [];
      // Not `typeof import('./x.js')`: a type, gone once compiled.
      const out = code.replace(/(?<!typeof\s+)\bimport\((['"])(\.[^'"]+)\1\)/g, (whole, _quote, specifier: string) => {
        const file = resolve(dirname(id), specifier.replace(/\.js$/, '.ts'));
        if (only && !only.test(file)) return whole;
        const names = [...readFileSync(file, 'utf8').matchAll(/^export\s+(?:async\s+)?(?:function|const|let|class)\s+([\w$]+)/gm)].map(([, name]) => name);
        const local = (name: string) => `__kyrPart${imports.length}_${name}`;
        const object = `{ ${names.map((name) => `${name}: ${local(name)}`).join(', ')} }`;
        imports.push(`import { ${names.map((name) => `${name} as ${local(name)}`).join(', ')} } from '${specifier}';`);
        return `Promise.resolve(${object})`;
      });
      return out === code ? null : { code: `${imports.join('\n')}\n${out}`, map: null };
    },
  };
}

/**
 * The parts a widget's first render can ask for (the rights summary's sections, the explainer's
 * timeline, the feedback box, the stale notice): static imports in the npm graph. An app renders
 * its widgets together with its own content and no fallback; a part fetched after that pushes
 * what is below the widget down (CLS 0.28 at 375 px in the client-rendered apps). The app's
 * bundler decides its own chunks; languages and the parts a reader's action asks for (the
 * step-through's answer) stay lazy.
 */
const firstRenderParts = /[\\/]src[\\/](elements[\\/]rights-summary[\\/]sections|elements[\\/]detainer-explainer[\\/]history|content[\\/]detainer-history|shared[\\/](feedback|freshness))\.ts$/;

/**
 * The script-tag loader (src/entries/kyr-widgets.ts) must have no static import in the build: what it
 * starts is then fetched one level below the page, not after a chunk it would wait for. The
 * modules it imports statically (tag names, language negotiation) are copied into it instead of
 * shared with the core, which has them too: a few hundred bytes twice, so the starting
 * language downloads beside the code, not after it.
 */
export function copyIntoLoader(loader: string): Plugin {
  const copy = '?kyr-loader-copy';
  return {
    name: 'kyr-copy-into-loader',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.') || options.kind === 'dynamic-import') return null;
      if (!importer.endsWith(copy) && resolve(importer) !== resolve(loader)) return null;
      const resolved = await this.resolve(source, importer.replace(copy, ''), { skipSelf: true });
      return resolved && `${resolved.id}${copy}`;
    },
    load(id) {
      return id.endsWith(copy) ? readFileSync(id.replace(copy, ''), 'utf8') : null;
    },
  };
}

/**
 * Writes, at the end of the loader's file, each of its lazily imported modules' chunk and that
 * chunk's dependencies (`function kyrDependencies()`: a declaration, hoisted, so the loader's code above
 * reads it; appended, so the source map stays exact). The loader fetches them together with the
 * module: an element's chunk is a small file that re-exports its class from the element's chunk
 * proper (Rolldown's facade), which imports the core; fetched one after the other that would be
 * three levels, fetched together it is one.
 */
export function loaderDependencies(loader: string, modules: RegExp): Plugin {
  return {
    name: 'kyr-loader-dependencies',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId === resolve(loader));
      if (!entry) return this.error(`loaderDependencies: no entry chunk for ${loader}`);
      const closure = (file: string, found = new Set<string>()): Set<string> => {
        for (const dependency of (bundle[file] as Rolldown.OutputChunk).imports) if (!found.has(dependency)) closure(dependency, found.add(dependency));
        return found;
      };
      const table: Record<string, string[]> = {};
      for (const file of entry.dynamicImports) {
        const module = (bundle[file] as Rolldown.OutputChunk).facadeModuleId;
        // The module's own file first: what a page fetches for it, in one list (the bench reads it too).
        const dependencies = [file, ...closure(file)].map((dependency) => `./${relative(dirname(entry.fileName), dependency)}`);
        const name = module && relative(resolve('src'), module).replace(/\.ts$/, '');
        if (name && modules.test(name)) table[name] = dependencies;
      }
      entry.code += `\nfunction kyrDependencies(){return${JSON.stringify(table)}}\n`;
    },
  };
}

/**
 * Message ids as short as they can be in the browser builds: `msg(…, { id: 'hotline.call-label' })`
 * and the language modules' keys become `'1f'`. Ids are written out in source and the XLIFF files
 * for translators; a reader's browser only needs them to match (96 ids × 12 languages).
 */
export function shortMessageIds(): Plugin {
  let short: Map<string, string> | undefined;
  const ids = () => {
    if (short) return short;
    // Every language module has every id (lit-localize build writes them before Vite runs).
    const keys = [...readFileSync('src/generated/locales/es.ts', 'utf8').matchAll(/^\s*'([^']+)':/gm)].map(([, key]) => key).sort();
    const undotted = keys.filter((key) => !key.includes('.'));
    if (undotted.length) throw new Error(`shortMessageIds: a message id needs a dotted namespace (area.name): ${undotted.join(', ')}`);
    return (short = new Map(keys.map((key, i) => [key, i.toString(36)])));
  };
  return {
    name: 'kyr-short-message-ids',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      const map = ids();
      const out = /[\\/]generated[\\/]locales[\\/]/.test(id)
        ? code.replace(/(['"])([\w.-]+)\1(\s*):/g, (whole, quote: string, key: string, space: string) => (map.has(key) ? `${quote}${map.get(key)}${quote}${space}:` : whole))
        : // A message id has a dotted namespace (`hotline.call`); a DOM id (`{ id: 'name' }`) has none and is never touched.
          code.replace(/\bid:(\s*)(['"])([\w-]+\.[\w.-]+)\2/g, (whole, space: string, quote: string, key: string) => (map.has(key) ? `id:${space}${quote}${map.get(key)}${quote}` : whole));
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** What every build shares: modern target, minified code and templates, source maps. */
const shared = (build: NonNullable<UserConfig['build']>): UserConfig => ({
  plugins: [minifyTemplates(), explicitMessageIds(), shortMessageIds()],
  // Paths as the checkout names them, not a symlink's target: source maps and module comments
  // must not depend on where node_modules really lives, so two checkouts build the same bytes.
  resolve: { preserveSymlinks: true },
  build: {
    outDir: 'dist',
    target: 'es2021',
    // Two minifiers in a row (measured on the ES first load: 359 B less gzip than Rolldown's
    // alone, 223 B less than terser's alone): terser compresses, in two passes, then Rolldown's
    // own minifier (output.minify) mangles the names and compresses once more.
    minify: 'terser',
    terserOptions: { ecma: 2020, safari10: false, compress: { passes: 2 }, mangle: false },
    // Maps are written but not linked: the comment would cost every file bytes; attach them in devtools when needed.
    sourcemap: 'hidden',
    ...build,
    rolldownOptions: {
      ...build.rolldownOptions,
      output: {
        minify: true,
        // Not even the /* @__PURE__ */ marks: nothing bundles these files again.
        comments: false,
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/generated/locales/') ? 'locales/[name]-[hash].js' : 'chunks/[hash].js',
        ...build.rolldownOptions?.output,
      },
    },
  },
});

/**
 * The main ES build, for a page's one `<script type="module">`: a loader (the entry, no static
 * imports) that fetches, together, the kit (Lit and all four elements, one chunk) and the
 * starting language's chunk; lazy parts come later, as needed. Few levels and few files: each
 * level costs a round trip, each file compresses on its own. (Measured 2026-12-07, a chunk per
 * element loaded only for the tags on the page: a one-card page 20,059 B instead of 21,887 B
 * gzip, a page with all four 26,331 B, since the element chunks compress apart from the shared
 * code, 3.0 KB lost.)
 */
const mainBuild = withPlugins([copyIntoLoader('src/entries/kyr-widgets.ts'), loaderDependencies('src/entries/kyr-widgets.ts', /^entries\/core$/)], shared({
  emptyOutDir: true,
  // The loader's exports (setLocale…) are the kit's, bound with a top-level await.
  target: 'es2022',
  lib: { entry: { 'kyr-widgets': 'src/entries/kyr-widgets.ts' }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
  rolldownOptions: {
    output: {
      // Lit and every module the first render needs in one chunk, which the loader, the language
      // chunks and the lazy parts share (two URLs of the loader share it too). The lazy parts stay
      // chunks of their own: see lazyParts.
      codeSplitting: { groups: [{ name: 'kit', test: (id) => !lazyParts.test(id) && !id.includes('?kyr-loader-copy') && !/[\\/]src[\\/]entries[\\/]kyr-widgets\.ts$/.test(id) }] },
    },
  },
}));

/**
 * The one-element entries and the `kyr-widgets/elements.js` entry as script-tag ES modules to
 * self-host (`dist/hotline-card.js` …, `dist/elements.js`): each pulls only its element's code.
 */
const elementsBuild = shared({
  emptyOutDir: false,
  lib: { entry: { elements: 'src/entries/elements.ts', ...elementEntries }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
  // Lit and @lit/localize in one chunk the entries share, so a language file imports from one place.
  rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'lit', test: /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][^\\/]+)[\\/]/ }] } } },
});

/** Packages an app shares with the kit (one Lit per app); @lit/localize is not one of them (see npmBuild). */
const sharedWithApp = /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/[^/]+)(\/|$)/;

/**
 * The npm graph (`dist/npm/`, what package.json `exports` give bundlers and Node):
 * one unminified ES module per source module, importing Lit from the app, so an
 * app with several entries (or its own Lit) bundles one Lit and one chunk per
 * language. @lit/localize is vendored into `dist/npm/vendor/`: it holds one
 * configuration per copy, and an app that configures its own must not meet the kit's.
 * Templates are folded by the same plugin as every other build, so server-rendered
 * and hydrated templates compare equal.
 */
const npmBuild: UserConfig = {
  plugins: [staticLazyParts(firstRenderParts), minifyTemplates()],
  resolve: { preserveSymlinks: true },
  build: {
    outDir: 'dist/npm',
    emptyOutDir: true,
    target: 'es2021',
    minify: false,
    sourcemap: false,
    // Each entry at the top under its export's name (`dist/npm/index.js`, `hydrate.js`, …); every
    // other module where src/ has it.
    lib: { entry: { index: 'src/entries/index.ts', hydrate: 'src/entries/hydrate.ts', elements: 'src/entries/elements.ts', ssr: 'src/entries/ssr.ts', react: 'src/entries/react.ts', ...elementEntries }, formats: ['es'] },
    rolldownOptions: {
      // Node's own modules stay imports (the server renderer's AsyncLocalStorage).
      external: (id) => sharedWithApp.test(id) || id.startsWith('node:'),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        // Vendored packages under vendor/ (a folder named node_modules would be left out of the npm package).
        entryFileNames: (chunk) => `${chunk.name.replace(/^.*node_modules\//, 'vendor/')}.js`,
      },
    },
  },
};

/** The standalone build: one classic script with every element and every locale inside. */
const standaloneBuild = withPlugins([staticLazyParts()], shared({
  emptyOutDir: false,
  lib: { entry: 'src/entries/standalone.ts', name: 'KyrWidgets', formats: ['iife'], fileName: () => 'kyr-widgets.standalone.js' },
}));

function withPlugins(plugins: Plugin[], config: UserConfig): UserConfig {
  return { ...config, plugins: [...plugins, ...(config.plugins ?? [])] };
}

/** The benchmark's references (bench/references/NAME.ts), built by this same config for a fair comparison. */
const referenceBuild = (name: string) =>
  shared({
    outDir: `bench/.out/${name}`,
    emptyOutDir: true,
    sourcemap: false,
    lib: { entry: `bench/references/${name}.ts`, name: 'Reference', formats: ['iife'], fileName: () => 'index.js' },
  });

export default defineConfig(({ mode }) => {
  if (mode === 'standalone') return standaloneBuild;
  if (mode === 'elements') return elementsBuild;
  if (mode === 'npm') return npmBuild;
  if (mode === 'reference') return referenceBuild(process.env.KYR_REFERENCE ?? 'lit-floor');
  return mainBuild;
});

import { defineConfig, type UserConfig } from 'vite';

/** Per-element entry points, each a thin module that defines one tag (see package.json `exports`). */
export const elementEntries = {
  'hotline-card': 'src/hotline-card.ts',
  'rights-summary': 'src/rights-summary.ts',
  'detainer-explainer': 'src/detainer-explainer.ts',
  'language-picker': 'src/language-picker.ts',
};

/** The ES build: the main entry, per-element entries, shared chunks and one lazy chunk per locale. */
const esBuild: UserConfig = {
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2021',
    minify: true,
    sourcemap: true,
    lib: {
      // `elements` exports the classes without defining tags.
      entry: { 'kyr-widgets': 'src/index.ts', elements: 'src/elements.ts', ...elementEntries },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/generated/locales/') ? 'locales/[name]-[hash].js' : 'chunks/[name]-[hash].js',
      },
    },
  },
};

/** The standalone build: one classic script with every element and every locale inside. */
const standaloneBuild: UserConfig = {
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2021',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/standalone.ts',
      name: 'KyrWidgets',
      formats: ['iife'],
      fileName: () => 'kyr-widgets.standalone.js',
    },
    rolldownOptions: {
      output: { minify: true },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'standalone' ? standaloneBuild : esBuild));

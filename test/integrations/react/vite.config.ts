import { defineConfig } from 'vite';

// No React plugin: Vite's own transform compiles TSX with React's automatic runtime.
export default defineConfig({ oxc: { jsx: { runtime: 'automatic' } }, build: { outDir: 'out' } });

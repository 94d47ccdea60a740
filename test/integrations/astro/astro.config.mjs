// @ts-check
import { defineConfig } from 'astro/config';

// Static output (`astro build`), served from out/ by test/integrations/run.mjs.
export default defineConfig({ outDir: 'out', devToolbar: { enabled: false } });

// The kit on Eleventy's server side: defines the elements in Lit's server registry and sets the
// language the widgets render in (one per build: KYR_LOCALE=ar npx @11ty/eleventy).
import { useServerLocale } from 'kyr-widgets/ssr.js';

await useServerLocale(process.env.KYR_LOCALE ?? 'es');

// Eleventy + @lit-labs/eleventy-plugin-lit: every page's kyr widgets are rendered at build time
// as declarative shadow DOM, and the script-tag build hydrates them in the browser.
import litPlugin from '@lit-labs/eleventy-plugin-lit';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, {
    mode: 'worker',
    // Loaded by the plugin's renderer before any page: registers the elements, picks the language.
    componentModules: ['kyr-server.mjs'],
  });
  // The kit's script for the browser, served from the site itself.
  eleventyConfig.addPassthroughCopy({ 'node_modules/kyr-widgets/dist/kyr-widgets.standalone.js': 'kyr-widgets.standalone.js' });
  return { dir: { input: 'src', output: '_site' } };
}

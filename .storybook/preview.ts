import type { Preview } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';
import { directionOf, displayOrder, endonyms } from '../src/i18n/locales.js';
import '../src/entries/index.js';
import '../src/themes/light.css';
import '../src/themes/dark.css';
import '../src/themes/partner-example.css';
import './preview.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of every kyr widget (direction follows)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: displayOrder.map((code) => ({ value: code, title: `${endonyms[code]} (${code})` })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme preset',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['light', 'dark', 'auto', 'partner'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, context) => {
      document.body.className = `kyr-theme-${context.globals.theme ?? 'light'}`;
      // The widgets follow <html lang>, as on a partner's site with its own language switcher.
      const locale = String(context.globals.locale ?? 'en');
      document.documentElement.lang = locale;
      document.documentElement.dir = directionOf(locale);
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;

import type { Preview } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';
import '../src/index.js';
import '../src/themes/light.css';
import '../src/themes/dark.css';
import '../src/themes/partner-example.css';
import './preview.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Theme preset',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['light', 'dark', 'partner'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [
    (story, context) => {
      document.body.className = `kyr-theme-${context.globals.theme ?? 'light'}`;
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

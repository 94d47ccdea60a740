import { createApp } from 'vue';
import 'kyr-widgets'; // defines the four elements
import type {} from 'kyr-widgets/vue'; // types them in templates (GlobalComponents): attributes, properties, events
import App from './App.vue';

createApp(App).mount('#app');

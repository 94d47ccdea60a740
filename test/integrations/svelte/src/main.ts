import { mount } from 'svelte';
import 'kyr-widgets'; // defines the four elements
import type {} from 'kyr-widgets/svelte'; // types them in markup (SvelteHTMLElements): attributes, properties, events
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });

// The widgets rendered on the server come alive: hydrate.js installs Lit's hydrate support, then
// defines the tags, so each widget takes over the HTML it came with instead of rendering it again.
import 'kyr-widgets/hydrate.js';

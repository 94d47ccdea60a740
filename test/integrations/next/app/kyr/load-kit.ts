// In the browser only: the kit's entry for server-rendered pages, which installs Lit's hydrate
// support before it defines the tags, so they take over their server-rendered shadow roots.
if (typeof window !== 'undefined') {
  void import('kyr-widgets/hydrate.js');
}

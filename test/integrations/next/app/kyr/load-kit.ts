// In the browser only: Lit's hydrate support first (before any Lit element class exists), then the
// kit, which defines the tags and takes over their server-rendered shadow roots.
if (typeof window !== 'undefined') {
  void import('@lit-labs/ssr-client/lit-element-hydrate-support.js').then(() => import('kyr-widgets'));
}

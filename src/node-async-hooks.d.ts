// The one Node API the server renderer (src/entries/ssr.ts) uses, typed here so the browser code is not
// compiled against Node's globals (tsconfig loads no @types/node).
declare module 'node:async_hooks' {
  export class AsyncLocalStorage<T> {
    getStore(): T | undefined;
    run<R>(store: T, callback: () => R): R;
  }
}

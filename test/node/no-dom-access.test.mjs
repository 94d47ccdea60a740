// Module evaluation reads no `document`, `window` or `navigator`: here they exist as traps
// that record every property read, and every JavaScript export is imported under them.
// (Lit is imported first: it is the app's dependency, and it probes `document` itself.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import 'lit';
import { jsExports } from './exports.mjs';

const touched = [];
const trap = (name) =>
  new Proxy(function () {}, {
    get: (_target, key) => void touched.push(`${name}.${String(key)}`),
    has: (_target, key) => (touched.push(`${String(key)} in ${name}`), false),
    set: (_target, key) => (touched.push(`${name}.${String(key)} =`), true),
    apply: () => void touched.push(`${name}()`),
    construct: () => (touched.push(`new ${name}()`), {}),
  });

test('importing every export touches no document, window or navigator', async () => {
  for (const name of ['document', 'window', 'navigator']) {
    Object.defineProperty(globalThis, name, { value: trap(name), configurable: true, writable: true });
  }
  for (const specifier of jsExports) await import(specifier);
  assert.deepEqual(touched, []);
});

// The build's own plugins (vite.config.ts), each pinned to what it may touch: short message ids
// replace message ids only, never a DOM id; and the ES build carries no message-id hashing.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
process.chdir(root.pathname);
const { shortMessageIds } = await import('../../vite.config.ts');

describe('shortMessageIds', () => {
  const plugin = shortMessageIds();
  const transform = (code, file) => plugin.transform.call({}, code, `${root.pathname}src/${file}`)?.code ?? code;

  it('shortens the id of each msg() and each key of a language module, and leaves DOM ids alone', () => {
    const source = "msg('Call', { id: 'hotline.call' }); heading(level, name, { id: 'name', className: 'heading' }); html`<h2 id=\"current\">`;";
    const out = transform(source, 'elements/x.ts');
    assert.match(out, /msg\('Call', \{ id: '[0-9a-z]{1,2}' \}\)/);
    assert.ok(out.includes("{ id: 'name', className: 'heading' }"), out);
    assert.ok(out.includes('id="current"'));
    const locale = transform("export const templates = {\n  'hotline.call': `Llamar`,\n};", 'generated/locales/es.ts');
    assert.match(locale, /'[0-9a-z]{1,2}': `Llamar`/);
    // The same short id on both sides, so the translation is found.
    assert.equal(/id: '([0-9a-z]+)'/.exec(out)[1], /'([0-9a-z]+)': `Llamar`/.exec(locale)[1]);
  });
});

describe('explicitMessageIds', () => {
  it('the ES build carries no message-id hashing (every msg() names its id)', async () => {
    const files = JSON.parse(await readFile(new URL('dist/sri.json', root), 'utf8'));
    const chunks = await Promise.all(Object.keys(files).filter((file) => /^(kyr-widgets|chunks\/[\w-]+)\.js$/.test(file)).map((file) => readFile(new URL(`dist/${file}`, root), 'utf8')));
    assert.ok(chunks.length > 1);
    // fnv1a64 (the hash @lit/localize runs on an id-less message) starts from 0xcbf2…
    assert.ok(!chunks.some((code) => /\b(52210|0xcbf2)\b/i.test(code)));
  });
});

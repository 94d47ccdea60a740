// The elements' documented examples (src/elements/<name>/<name>.examples.json) are well formed,
// use only attributes the manifest documents, and reach every place they should drive.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { loadExamples } from '../../scripts/examples.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');
const manifest = JSON.parse(await read('custom-elements.json'));
const declarations = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));
const sets = loadExamples();

describe('examples as data', () => {
  it('cover all four elements, each in its own folder', () => {
    assert.deepEqual(sets.map((set) => set.tag), ['kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer', 'kyr-language-picker']);
  });

  for (const { tag, examples } of sets) {
    describe(`<${tag}>`, () => {
      const documented = new Set([...(declarations.get(tag)?.attributes ?? []).map((a) => a.name)]);

      it('has examples with unique kebab-case names, a title and a fallback paragraph', () => {
        assert.ok(examples.length > 0);
        assert.equal(new Set(examples.map((e) => e.name)).size, examples.length);
        for (const e of examples) {
          assert.match(e.name, /^[a-z0-9]+(-[a-z0-9]+)*$/, e.name);
          assert.ok(e.title.trim(), `${e.name}: title`);
          assert.match(e.fallback, /^<p>[\s\S]*<\/p>$/, `${e.name}: fallback is one paragraph`);
          assert.doesNotMatch(e.fallback, /<script|\son\w+=|javascript:/i, `${e.name}: fallback runs nothing`);
        }
      });

      it('uses only attributes the Custom Elements Manifest documents, as strings', () => {
        assert.ok(documented.size > 0, 'manifest has the element (run npm run manifest)');
        for (const e of examples) {
          for (const [name, value] of Object.entries(e.attributes)) {
            assert.ok(documented.has(name), `${e.name}: ${name} is not a documented attribute of <${tag}>`);
            assert.equal(typeof value, 'string', `${e.name}: ${name}`);
          }
        }
      });

      it('has a story for every example', async () => {
        const stories = await read(`stories/${tag.replace(/^kyr-/, '')}.stories.ts`);
        for (const e of examples) assert.ok(stories.includes(`exampleStory(examples, '${e.name}'`), `no story for the "${e.name}" example`);
      });
    });
  }
});

// Every relative link and #anchor in the README, docs/ and the other Markdown a partner or
// contributor reads resolves: to a file or folder of the repo, and to a heading that exists
// there, with GitHub's heading ids. Moving a section or renaming a heading breaks no link.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const inDocs = (dir) => readdirSync(join(root, dir)).filter((name) => name.endsWith('.md')).map((name) => `${dir}/${name}`);
const files = ['README.md', 'CONTENT.md', 'CHANGELOG.md', 'ACCESSIBILITY.md', 'locales/README.md', ...inDocs('docs'), ...inDocs('docs/elements')];

/** The Markdown without code (fenced blocks, inline spans) and HTML comments, where `[x](y)` is not a link. */
const prose = (markdown) =>
  markdown
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/`[^`\n]*`/g, '``');

/** A heading's id as GitHub makes it: the text as shown, lower case, punctuation dropped, spaces as hyphens. */
function headingId(heading) {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** Every heading id of a Markdown file; GitHub numbers repeats (`x`, `x-1`, `x-2`). */
function anchors(file) {
  const seen = new Map();
  const ids = new Set();
  for (const [, text] of readFileSync(join(root, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} (.+)$/gm)) {
    const id = headingId(text);
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    ids.add(n ? `${id}-${n}` : id);
  }
  return ids;
}

/** The relative targets of a file's links and images. */
function links(file) {
  const text = prose(readFileSync(join(root, file), 'utf8'));
  return [...text.matchAll(/!?\[(?:[^\][]|\[[^\]]*\])*\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)].map((m) => m[1]).filter((target) => !/^[a-z][a-z+.-]*:/i.test(target));
}

describe('links in the Markdown docs', () => {
  it('finds GitHub\'s ids for the headings the README links to', () => {
    assert.equal(headingId('Fallback content: nothing blank, no layout shift'), 'fallback-content-nothing-blank-no-layout-shift');
    assert.equal(headingId('`<kyr-hotline-card>`'), 'kyr-hotline-card');
    assert.equal(headingId('Content-Security-Policy'), 'content-security-policy');
    assert.equal(headingId('React 19'), 'react-19');
  });

  for (const file of files) {
    it(`${file}: every relative link and #anchor resolves`, () => {
      const broken = [];
      for (const target of links(file)) {
        const [path, anchor] = target.split('#');
        const resolved = path ? normalize(join(dirname(file), decodeURIComponent(path))) : file;
        if (resolved.startsWith('..') || !existsSync(join(root, resolved))) {
          broken.push(`${target} (no such file: ${resolved})`);
          continue;
        }
        if (anchor === undefined) continue;
        if (!resolved.endsWith('.md') || statSync(join(root, resolved)).isDirectory()) broken.push(`${target} (an anchor into a file that is not Markdown)`);
        else if (!anchors(resolved).has(anchor)) broken.push(`${target} (no heading #${anchor} in ${resolved})`);
      }
      assert.deepEqual(broken, [], `${file} links to what is not there`);
    });
  }

  it('reaches every page of docs/ from the README, directly or through another page', () => {
    const reached = new Set(['README.md']);
    const queue = ['README.md'];
    while (queue.length) {
      const file = queue.shift();
      for (const target of links(file)) {
        const path = target.split('#')[0];
        const resolved = path ? normalize(join(dirname(file), path)) : file;
        if (resolved.endsWith('.md') && existsSync(join(root, resolved)) && !reached.has(resolved)) {
          reached.add(resolved);
          queue.push(resolved);
        }
      }
    }
    assert.deepEqual(files.filter((f) => f.startsWith('docs/') && !reached.has(f)), []);
  });
});

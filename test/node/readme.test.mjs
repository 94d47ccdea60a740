// The generated blocks of README.md and docs/*.md (quick start, reference, framework snippets, bench
// targets, embed, fallbacks) and the element pages in docs/elements/ match their sources, without
// writing anything: `npm run readme` is the step that rewrites them.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const root = new URL('../../', import.meta.url);
const sync = promisify(execFile);
const checkIn = (dir) => sync(process.execPath, [new URL('scripts/readme-sync.mjs', root).pathname, '--check'], { env: { ...process.env, KYR_DOCS_ROOT: dir } });
const block = (text, name) => text.slice(text.indexOf(`<!-- ${name}:start`), text.indexOf(`<!-- ${name}:end -->`));

describe('README.md and docs/', () => {
  it('are up to date with the manifest, the framework apps, the builds\' prerendered fallbacks, the bench and this build\'s integrity hashes (else run `npm run build && npm run readme`)', async () => {
    const { stdout } = await checkIn(root.pathname).catch((error) => assert.fail(`${error.stderr || error.message}`.trim()));
    assert.match(stdout, /up to date/);
  });

  it('the check names a stale block in docs/ and a hand-edited element page, not only the README', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'kyr-readme-'));
    try {
      for (const path of ['README.md', 'docs', 'package.json', 'custom-elements.json', 'dist/sri.json', 'dist/prerendered', 'bench/REPORT.md', 'test/integrations']) {
        await cp(new URL(path, root), join(scratch, path), { recursive: true, filter: (source) => !/\/(node_modules|out)(\/|$)/.test(source) });
      }
      const frameworks = join(scratch, 'docs/frameworks.md');
      await writeFile(frameworks, (await readFile(frameworks, 'utf8')).replace("import { useState } from 'react';", "import { useState } from 'preact/hooks';"));
      const page = join(scratch, 'docs/elements/kyr-hotline-card.md');
      await writeFile(page, (await readFile(page, 'utf8')).replace('`phone-link`', '`call-link`'));
      const error = await checkIn(scratch).then(() => assert.fail('the check passed on stale docs'), (e) => e);
      assert.match(error.stderr, /docs\/frameworks\.md: "snippet:test\/integrations\/react\/src\/App\.tsx"/);
      assert.match(error.stderr, /docs\/elements\/kyr-hotline-card\.md/);
      assert.doesNotMatch(error.stderr, /README\.md/);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('shows every framework app the integration tests run, in docs/frameworks.md', () => {
    const frameworks = readFileSync(new URL('docs/frameworks.md', root), 'utf8');
    for (const file of ['react/src/App.tsx', 'vue/src/App.vue', 'svelte/src/App.svelte', 'angular/src/app.ts', 'next/app/[lang]/widgets.tsx', 'next/app/kyr/use-shadow-root.ts', 'next/app/kyr/load-kit.ts']) {
      assert.ok(frameworks.includes(`<!-- snippet:test/integrations/${file}:start`), file);
    }
  });

  it('shows the React app as Vite\'s React template imports it: App is the default export', () => {
    const app = block(readFileSync(new URL('docs/frameworks.md', root), 'utf8'), 'snippet:test/integrations/react/src/App.tsx');
    assert.match(app, /^export default function App\(\)/m);
  });

  it('opens with the pinned ES build and a hotline card that has its fallback inside, as the embed block writes them', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const quickstart = block(readme, 'quickstart');
    assert.ok(readme.indexOf('<!-- quickstart:start') < readme.indexOf('## '), 'the snippet comes before the first section');
    const esScript = /<script type="module" src="([^"]+)"[\s\S]*?integrity="([^"]+)"/;
    assert.deepEqual(esScript.exec(quickstart)?.slice(1), esScript.exec(block(readme, 'embed'))?.slice(1), 'the same URL and integrity as the embed');
    const card = /<kyr-hotline-card[\s\S]*?<\/kyr-hotline-card>/;
    assert.match(quickstart, /<div class="kyr-fallback">[\s\S]*<a href="tel:\+\d+">/);
    // The first snippet's fallback is the embed's, cut to the card's name and its call link.
    const embedCard = card.exec(block(readme, 'embed'))?.[0] ?? '';
    for (const line of card.exec(quickstart)?.[0].split('\n') ?? []) assert.ok(embedCard.split('\n').includes(line), `not in the embed's card: ${line}`);
    assert.match(quickstart, /<h2>ActionNYC Hotline<\/h2>\n<a href="tel:\+18003540365">Call <bdi dir="ltr">\(800\) 354-0365<\/bdi><\/a>/);
    // The number's source, with the date it was seen, travels with it.
    assert.match(quickstart, /Source:\n<ul>\n<li><a href="https:\/\/portal\.311\.nyc\.gov\/[^"]+"[^>]*>Know-Your-Rights<\/a>.*as seen on <time datetime="\d{4}-\d{2}-\d{2}">/);
  });

  it('lists the four ways in on its first screen, WordPress first', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const ways = readme.slice(readme.indexOf('## Four ways in'), readme.indexOf('\n## ', readme.indexOf('## Four ways in') + 1));
    const targets = [...ways.matchAll(/^\d+\. \*\*\[[^\]]+\]\(([^)]+)\)/gm)].map((m) => m[1]);
    assert.deepEqual(targets, ['#wordpress', '#a-script-tag', 'docs/frameworks.md', 'docs/server-rendering.md']);
    assert.ok(readme.split('\n').indexOf('## Four ways in') < 60, 'the ways in are on the first screen');
  });
});

// Adding a language is its XLIFF plus one list entry; adding a hotline is one record plus its
// messages (issue 20). In a scratch copy of the repository (its tracked files, with this
// checkout's node_modules), Vietnamese and a hotline are added that way, the kit is built, and
// the new language and hotline must show up everywhere a reader or a site owner meets them: the
// kit's manifest, the ES build's language file, the WordPress plugin's locale matching, hotline
// choices, fallback and block, and the command line; while git sees only the files named above.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { pluginPhp } from './helpers/plugin-php.mjs';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const HOTLINE = 'scratch-line';

/** Replaces `find` in a scratch file, once; fails if the file no longer holds it. */
async function edit(scratch, path, find, replacement) {
  const file = join(scratch, path);
  const text = await readFile(file, 'utf8');
  assert.ok(text.includes(find), `${path} holds ${JSON.stringify(find)}`);
  await writeFile(file, text.replace(find, replacement));
}

describe('adding a language and a hotline, in a scratch copy', { timeout: 600_000 }, () => {
  let scratch;
  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'kyr-adding-'));
    const { stdout } = await run('git', ['ls-files', '-z'], { cwd: root, maxBuffer: 1 << 24 });
    for (const path of stdout.split('\0').filter(Boolean)) await cp(join(root, path), join(scratch, path), { recursive: true });
    await symlink(join(root, 'node_modules'), join(scratch, 'node_modules'));
    const git = (...args) => run('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], { cwd: scratch });
    await git('init', '-q');
    await git('add', '-A');
    await git('commit', '-q', '-m', 'scratch');

    // The language: its XLIFF (French's messages stand in for a translation) and one list entry,
    // in the file that lists the languages' own names.
    const french = await readFile(join(scratch, 'locales/fr.xlf'), 'utf8');
    await writeFile(join(scratch, 'locales/vi.xlf'), french.replace('target-language="fr"', 'target-language="vi"'));
    const i18n = await readdir(join(scratch, 'src/i18n'));
    const lists = [];
    for (const name of i18n) if ((await readFile(join(scratch, 'src/i18n', name), 'utf8')).includes("  pl: 'Polski',\n")) lists.push(`src/i18n/${name}`);
    assert.equal(lists.length, 1, 'one file lists the languages');
    await edit(scratch, lists[0], "  pl: 'Polski',\n", "  pl: 'Polski',\n  vi: 'Tiếng Việt',\n");

    // The hotline: one record (its id and its data, in the content module) and its two messages, in every XLIFF.
    await edit(scratch, 'src/content/hotlines.ts', "'311'] as const;", `'311', '${HOTLINE}'] as const;`);
    await edit(
      scratch,
      'src/content/hotlines.ts',
      '\n};\n\nexport function isHotlineId',
      `
  '${HOTLINE}': {
    name: () => msg('Scratch Line', { id: 'hotline.${HOTLINE}.name' }),
    phone: '(212) 555-0100',
    description: () => msg('A line a test adds.', { id: 'hotline.${HOTLINE}.description' }),
    whenYouCall: languageMenu,
    sources: ['nyc-kyr'],
    asOf: NUMBERS_SEEN,
  },
};

export function isHotlineId`,
    );
    for (const name of (await readdir(join(scratch, 'locales'))).filter((file) => file.endsWith('.xlf'))) {
      const units = [['name', 'Scratch Line'], ['description', 'A line a test adds.']]
        .map(([key, text]) => `<trans-unit id="hotline.${HOTLINE}.${key}">\n  <source>${text}</source>\n  <target state="needs-review-translation">${text}</target>\n</trans-unit>\n`)
        .join('');
      await edit(scratch, `locales/${name}`, '</body>', `${units}</body>`);
    }

    await run('npm', ['run', 'build'], { cwd: scratch, maxBuffer: 1 << 26 });
  });
  after(() => rm(scratch, { recursive: true, force: true }));

  it('git sees the XLIFF and the list entry, the hotline\'s record and its messages, nothing else', async () => {
    const { stdout } = await run('git', ['status', '--porcelain'], { cwd: scratch });
    const changed = stdout.split('\n').filter(Boolean).map((line) => line.slice(3)).sort();
    const xliffs = (await readdir(join(root, 'locales'))).filter((file) => file.endsWith('.xlf')).map((file) => `locales/${file}`);
    assert.deepEqual(changed, ['locales/vi.xlf', ...xliffs, 'src/content/hotlines.ts', 'src/i18n/languages.ts'].sort());
  });

  it('the manifest (dist/kit.json) lists Vietnamese, by its own name, left to right, and the hotline', async () => {
    const kit = JSON.parse(await readFile(join(scratch, 'dist/kit.json'), 'utf8'));
    assert.deepEqual(kit.locales.at(-1), { code: 'vi', name: 'Tiếng Việt', dir: 'ltr', script: 'Latn' });
    assert.ok(kit.hotlines.ids.includes(HOTLINE));
    assert.deepEqual(kit.hotlines.about[HOTLINE], { name: 'Scratch Line', phone: '(212) 555-0100', href: 'tel:+12125550100', description: 'A line a test adds.' });
  });

  it('the ES build has a language file of its own for Vietnamese, with its messages', async () => {
    const chunks = JSON.parse(await readFile(join(scratch, 'dist/locales.json'), 'utf8'));
    assert.match(chunks.vi, /^locales\/vi-[\w-]+\.js$/);
    assert.match(await readFile(join(scratch, 'dist', chunks.vi), 'utf8'), /Scratch Line/);
  });

  it('the WordPress plugin matches Vietnamese pages and offers the hotline, with its number in the fallback', async () => {
    const kitJson = await readFile(join(scratch, 'dist/kit.json'), 'utf8');
    const [vietnamese, choices, labels, fallback] = await pluginPhp(
      join(scratch, 'integrations/wordpress'),
      kitJson,
      `echo json_encode( array( array( match_locale( 'vi' ), match_locale( 'vi_VN' ) ), hotline_choices(), hotline_labels(), fallback( 'hotline-card', array( 'hotline' => '${HOTLINE}' ) ) ) );`,
    );
    assert.deepEqual(vietnamese, ['vi', 'vi']);
    assert.match(choices, new RegExp(`, ${HOTLINE}$|or ${HOTLINE}$`));
    assert.equal(labels[HOTLINE], 'Scratch Line');
    assert.match(fallback, /Scratch Line: <a href="tel:\+12125550100">\(212\) 555-0100<\/a>/);
    const plugin = unzipSync(await readFile(join(scratch, 'dist/kyr-widgets-wordpress.zip')));
    const block = JSON.parse(Buffer.from(plugin['kyr-widgets/block/block.json']).toString('utf8'));
    assert.ok(block.attributes.hotline.enum.includes(HOTLINE), 'the block offers the hotline');
    assert.ok(plugin['kyr-widgets/prerendered/vi/hotline-card.h2.php'], 'the plugin prerenders the widgets in Vietnamese');
  });

  it('the command renders the hotline in Vietnamese', async () => {
    const cli = join(scratch, 'bin/kyr-widgets.js');
    const { stdout: help } = await run('node', [cli, '--help']);
    assert.match(help, /\bvi\b/);
    const child = run('node', [cli, 'render', '--locale', 'vi']);
    child.child.stdin.end(`<kyr-hotline-card hotline="${HOTLINE}"></kyr-hotline-card>`);
    const { stdout: html } = await child;
    assert.match(html, /lang="vi"/);
    assert.match(html, /\(212\) 555-0100/);
  });
});

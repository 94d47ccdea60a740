// Are locales/*.xlf up to date with the messages in src/? Runs `lit-localize extract`
// on a scratch copy of locales/ (npm test never rewrites tracked files) and returns the
// extracted files, so the ids come from the source code, not from a translation.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;

/** `{ [file]: { committed, extracted } }` for every locale file. */
export async function extractToScratch() {
  const scratch = await mkdtemp(join(tmpdir(), 'kyr-extract-'));
  try {
    const config = JSON.parse(await readFile(join(root, 'lit-localize.json'), 'utf8'));
    await cp(join(root, config.interchange.xliffDir), join(scratch, 'locales'), { recursive: true });
    config.interchange.xliffDir = join(scratch, 'locales');
    config.tsConfig = join(root, config.tsConfig);
    config.output.outputDir = join(scratch, 'generated');
    config.output.localeCodesModule = join(scratch, 'generated', 'locale-codes.ts');
    await writeFile(join(scratch, 'lit-localize.json'), JSON.stringify(config));
    await run(join(root, 'node_modules', '.bin', 'lit-localize'), ['extract', '--config', join(scratch, 'lit-localize.json')], { cwd: root });
    const files = {};
    for (const name of (await readdir(join(scratch, 'locales'))).filter((f) => f.endsWith('.xlf'))) {
      files[name] = {
        committed: await readFile(join(root, 'locales', name), 'utf8'),
        extracted: await readFile(join(scratch, 'locales', name), 'utf8'),
      };
    }
    return { files, targetLocales: config.targetLocales };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

// Are locales/*.xlf up to date with the messages in src/? Runs lit-localize's extract (scripts/localize.mjs)
// on a scratch copy of locales/ (npm test never rewrites tracked files) and returns the
// extracted files, so the ids come from the source code, not from a translation.
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localizeConfig, runLitLocalize } from './localize.mjs';

const root = new URL('..', import.meta.url).pathname;

/** `{ [file]: { committed, extracted } }` for every locale file. */
export async function extractToScratch() {
  const scratch = await mkdtemp(join(tmpdir(), 'kyr-extract-'));
  try {
    const config = await localizeConfig({
      interchange: { xliffDir: join(scratch, 'locales') },
      output: { outputDir: join(scratch, 'generated'), localeCodesModule: join(scratch, 'generated', 'locale-codes.ts') },
    });
    await cp(join(root, 'locales'), join(scratch, 'locales'), { recursive: true });
    await runLitLocalize('extract', config);
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

// svelte-check has no expect-error for markup: check refusals/ on its own and require exactly one
// error on each line that follows a `<!-- refused: … -->` comment, and no other.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';

const file = 'refusals/Refusals.svelte';
const lines = (await readFile(file, 'utf8')).split('\n');
const expected = lines.flatMap((line, i) => (line.includes('<!-- refused:') ? [i + 2] : []));
const output = await new Promise((resolve) =>
  execFile('npx', ['svelte-check', '--tsconfig', 'refusals/tsconfig.json', '--output', 'machine'], (_, stdout) => resolve(stdout)),
);
const errors = output.split('\n').filter((line) => / ERROR /.test(line));
const found = errors.map((line) => Number(/ (\d+):\d+ /.exec(line)?.[1]));
const missing = expected.filter((line) => !found.includes(line));
const unexpected = errors.filter((_, i) => !expected.includes(found[i]));
if (missing.length || unexpected.length || !expected.length) {
  console.error(`refusals: not refused on lines ${missing.join(', ') || '-'}; unexpected errors:\n${unexpected.join('\n') || '-'}`);
  process.exit(1);
}
console.log(`refusals: the ${expected.length} refused lines are errors`);

// Angular templates have no expect-error: compile refusals/ on its own with the app's strict settings
// and require exactly one error on each line that follows a `<!-- refused: … -->` comment, and no other.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';

const file = 'refusals/refusals.ts';
const lines = (await readFile(file, 'utf8')).split('\n');
const expected = lines.flatMap((line, i) => (line.includes('<!-- refused:') ? [i + 2] : []));
const output = await new Promise((resolve) =>
  execFile('npx', ['ngc', '-p', 'refusals/tsconfig.json', '--noEmit'], (_, stdout, stderr) => resolve(`${stdout}${stderr}`.replace(/\x1b\[[0-9;]*m/g, ''))),
);
const errors = output.split('\n').filter((line) => /^\S+:\d+:\d+ - error /.test(line));
const found = errors.map((line) => Number(/refusals\.ts:(\d+):\d+ /.exec(line)?.[1]));
const missing = expected.filter((line) => !found.includes(line));
const unexpected = errors.filter((_, i) => !expected.includes(found[i]));
if (missing.length || unexpected.length || !expected.length) {
  console.error(`refusals: not refused on lines ${missing.join(', ') || '-'}; unexpected errors:\n${unexpected.join('\n') || '-'}\n${output}`);
  process.exit(1);
}
console.log(`refusals: the ${expected.length} refused lines are errors`);

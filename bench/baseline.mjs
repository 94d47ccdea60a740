// The kit as it was before a change, built from git by the same toolchain, so `npm run bench` can
// measure before and after in one run (a ratio to "today's" kit is only fair on the same machine,
// in the same minute). The ref is in bench/baseline.json; the build is cached per commit.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';

const root = new URL('..', import.meta.url).pathname;

/**
 * Builds the baseline's two script-tag files into bench/.out/baseline/dist, and its server-rendered
 * snippets (dist/prerendered/, which its own script hydrates); returns its commit and URL path.
 */
export async function buildBaseline(ref) {
  const commit = execSync(`git rev-parse --verify ${ref}^{commit}`, { cwd: root, encoding: 'utf8' }).trim();
  const dir = `${root}bench/.out/baseline`;
  const stamp = `${dir}/dist/.commit`;
  // What the folder holds: a build from before the prerendered snippets were added is built again.
  const built = `${commit} prerendered`;
  if (existsSync(stamp) && (await readFile(stamp, 'utf8')) === built) return { commit, path: '/bench/.out/baseline/dist' };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  execSync(`git archive ${commit} | tar -x -C ${dir}`, { cwd: root, shell: '/bin/bash' });
  // The same dependencies as today's tree: only the kit's own code differs.
  await symlink(`${root}node_modules`, `${dir}/node_modules`);
  const run = (command) => execSync(command, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  // Since issue 20 lit-localize takes its languages from src/i18n/languages.ts, through scripts/localize.mjs.
  run(existsSync(`${dir}/scripts/localize.mjs`) ? 'node scripts/localize.mjs build' : 'npx lit-localize build');
  run('npx vite build');
  run('npx vite build --mode standalone');
  run('npx vite build --mode npm');
  run('node scripts/prerender.mjs');
  await writeFile(stamp, built);
  return { commit, path: '/bench/.out/baseline/dist' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ref } = JSON.parse(await readFile(`${root}bench/baseline.json`, 'utf8'));
  console.log(await buildBaseline(process.argv[2] ?? ref));
}

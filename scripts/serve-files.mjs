// Which files the demo server hands out. It runs on a partner's machine while they browse other
// sites, so it serves only what its pages load (an allow-list), never the checkout around them:
// no .git/, no dotfiles, no lock files, no node_modules, no sources.
import { realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/**
 * The folders the pages served here load: the demo, the build, the static Storybook
 * (`npm run build-storybook`), the bench's pages and what `npm run bench` generates for them
 * (bench/.out/ is named explicitly: it is the one dotted folder served).
 */
export const SERVED_FOLDERS = [
  'demo/',
  'dist/',
  'storybook-static/',
  'bench/pages/',
  'bench/.out/pages/',
  'bench/.out/shoelace/',
  'bench/.out/lit-floor/',
  'bench/.out/baseline/dist/',
];

/** Single files outside those folders: each element's examples, which the demo's generator reads as presets. */
const SERVED_FILES = /^src\/elements\/([a-z-]+)\/\1\.examples\.json$/;

/** Names never served, wherever they are: lock files and installed packages. */
const isRefusedName = (name) => name === 'node_modules' || name === 'package-lock.json' || name === 'npm-shrinkwrap.json' || /\.lock$|-lock\.ya?ml$/.test(name);

/**
 * The repository-relative path a URL path names, if it may be served: `{ relative }`; else
 * `{ status: 400 }` for a malformed escape, `{ status: 404 }` for anything not served.
 * `pathname` is `URL.pathname` (already resolved `.`/`..`/`%2e`, still percent-encoded).
 */
export function servedPath(pathname) {
  const segments = [];
  for (const raw of pathname.split('/').slice(1)) {
    let segment;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { status: 400 };
    }
    // An encoded separator, a control character or a dotfile/dot-dot never names a served file.
    if (/[/\\\p{Cc}]/u.test(segment) || segment.startsWith('.') || isRefusedName(segment)) {
      if (!(segment === '.out' && segments.join('/') === 'bench')) return { status: 404 };
    }
    segments.push(segment);
  }
  // Empty segments only at the end (a folder's index): `/dist//x` is not a name.
  if (segments.slice(0, -1).includes('')) return { status: 404 };
  const relative = segments.join('/');
  const served = SERVED_FOLDERS.some((folder) => relative.startsWith(folder)) || SERVED_FILES.test(relative);
  return served ? { relative } : { status: 404 };
}

/**
 * The file to send for a served `relative` path under `root` (a folder gives its index.html), or
 * undefined. The real path, symlinks resolved, must be an allowed path of the same checkout too.
 */
export async function servedFile(root, relative) {
  try {
    let path = join(root, relative);
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const real = await realpath(path);
    const realRoot = await realpath(root);
    if (!real.startsWith(realRoot + sep)) return undefined;
    const { relative: realRelative } = servedPath(`/${real.slice(realRoot.length + 1).split(sep).map(encodeURIComponent).join('/')}`);
    if (!realRelative || !(await stat(real)).isFile()) return undefined;
    return real;
  } catch {
    return undefined;
  }
}

/** Whether `/relative` is a served folder asked for without its trailing slash (`/demo`). */
export const isFolderWithoutSlash = (relative) => SERVED_FOLDERS.includes(`${relative}/`);

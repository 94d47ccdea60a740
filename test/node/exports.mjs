// Every JavaScript export of the package, read from package.json (so a new export is tested too).
import { readFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));

/** Package specifiers of the JavaScript exports: `kyr-widgets`, `kyr-widgets/hotline-card.js`, … */
export const jsExports = Object.keys(pkg.exports)
  .filter((key) => key.endsWith('.js') || key === '.')
  .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));

export const KYR_TAGS = ['kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer', 'kyr-language-picker'];

// Every JavaScript export of the package, read from package.json (so a new export is tested too).
import { readFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));

/** Whether an export resolves to a JavaScript file under some condition (`./react` has types and a runtime; `./vue` types only). */
const isJavaScript = (target) => (typeof target === 'string' ? target.endsWith('.js') : Object.entries(target).some(([condition, path]) => condition !== 'types' && isJavaScript(path)));

/** Package specifiers of the JavaScript exports: `kyr-widgets`, `kyr-widgets/hotline-card.js`, `kyr-widgets/react`, … */
export const jsExports = Object.entries(pkg.exports)
  .filter(([key, target]) => !key.includes('*') && isJavaScript(target))
  .map(([key]) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));

export const KYR_TAGS = ['kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer', 'kyr-language-picker'];

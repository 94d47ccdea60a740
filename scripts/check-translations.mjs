// Usage: node scripts/check-translations.mjs [locale …]  (default: all). Exit 1 on any problem.
import { readFile } from 'node:fs/promises';
import { checkXliff, messageIds } from './xliff-check.mjs';

const config = JSON.parse(await readFile(new URL('../lit-localize.json', import.meta.url), 'utf8'));
const locales = process.argv.slice(2).length ? process.argv.slice(2) : config.targetLocales;
const read = (locale) => readFile(new URL(`../locales/${locale}.xlf`, import.meta.url), 'utf8');
// Every locale file lists every source message, translated or not; Spanish serves as the list.
const ids = messageIds(await read(config.targetLocales[0]));

let failed = false;
for (const locale of locales) {
  const problems = checkXliff(await read(locale), ids);
  console.log(`${locale}: ${problems.length ? `${problems.length} problems` : `all ${ids.length} messages translated`}`);
  for (const p of problems) console.log(`  ${p}`);
  failed ||= problems.length > 0;
}
process.exit(failed ? 1 : 0);

// Usage: node scripts/check-translations.mjs [locale …]  (default: all). Exit 1 on any problem.
// The message ids come from the source code (a scratch `lit-localize extract`), not from a translation.
import { extractToScratch } from './extract-check.mjs';
import { staleTranslations } from './translated-from.mjs';
import { checkXliff, messageIds } from './xliff-check.mjs';

const { files, targetLocales } = await extractToScratch();
const locales = process.argv.slice(2).length ? process.argv.slice(2) : targetLocales;
let failed = false;
for (const locale of locales) {
  const file = files[`${locale}.xlf`];
  const ids = messageIds(file.extracted);
  const problems = [...checkXliff(file.committed, ids), ...staleTranslations(file.extracted, locale)];
  if (file.committed !== file.extracted) problems.unshift('locales/ is out of date with src/: run `npm run localize:extract`');
  console.log(`${locale}: ${problems.length ? `${problems.length} problems` : `all ${ids.length} messages translated`}`);
  for (const p of problems) console.log(`  ${p}`);
  failed ||= problems.length > 0;
}
process.exit(failed ? 1 : 0);

#!/usr/bin/env node
// kyr-widgets render --locale es < page.html > page.es.html
// Renders every kyr element in an HTML page (or fragment) as declarative shadow DOM in one
// language, for static sites; the script-tag builds then hydrate it without rendering again.
import { text } from 'node:stream/consumers';

// The kit's languages, from the build's lists (dist/kit.json, from src/i18n/locales.ts); `--help` works before a build too.
const kitList = await import('../dist/kit.json', { with: { type: 'json' } }).then(
  ({ default: kit }) => kit.locales.map((locale) => locale.code).join(' '),
  () => 'see dist/kit.json after `npm run build`',
);

const usage = `Usage: kyr-widgets render [--locale <code>] < page.html > page.<code>.html

Renders every <kyr-*> element in the HTML on standard input as declarative shadow DOM,
in the given language (${kitList}; default en),
and writes the page to standard output.`;

const [command, ...rest] = process.argv.slice(2);
if (command === '--help' || command === '-h' || command === 'help') {
  console.log(usage);
  process.exit(0);
}
// What the user typed, quoted with control and bidi characters escaped, so it cannot forge a line.
const { logValue } = await import('../dist/npm/shared/warn.js');
if (command !== 'render') {
  console.error(command ? `kyr-widgets: unknown command ${logValue(command)}.\n\n${usage}` : usage);
  process.exit(2);
}

let locale;
for (let i = 0; i < rest.length; i++) {
  const arg = rest[i];
  if (arg === '--locale' || arg === '-l') locale = rest[++i];
  else if (arg.startsWith('--locale=')) locale = arg.slice('--locale='.length);
  else {
    console.error(`kyr-widgets render: unknown option ${logValue(arg)}.\n\n${usage}`);
    process.exit(2);
  }
}

const { renderToString, supportedLocale } = await import('../dist/npm/ssr.js');
if (locale !== undefined && !supportedLocale(locale)) {
  console.error(`kyr-widgets render: --locale ${logValue(locale)} is not a language the kit speaks (${kitList}).`);
  process.exit(2);
}
if (process.stdin.isTTY) {
  console.error('kyr-widgets render: reading the page from standard input (for example: < page.html).');
}
try {
  process.stdout.write(await renderToString(await text(process.stdin), { locale }));
} catch (error) {
  // e.g. @lit-labs/ssr not installed: the message says what to run.
  console.error(`kyr-widgets render: ${error.message}`);
  process.exit(1);
}

// Which source modules the bytes of a page's JavaScript come from: each output file's hidden source
// map (`<file>.js.map`) attributes every byte range between two mappings to the source of the
// first; bytes with no source (and files with no map) are import glue. Grouped as the issue reads
// them; gzip shares are estimated in proportion to raw bytes within each file.
// The mappings format is decoded here (a dozen lines) rather than adding a dependency for it.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one segment's base64 VLQ fields. */
function decodeSegment(text) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return fields;
}

/** Per generated line: [generated column, source index or -1] in order (fields are relative, as the format says). */
function decodeMappings(mappings) {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const fields = decodeSegment(segment);
        column += fields[0];
        if (fields.length < 4) return [column, -1];
        source += fields[1];
        return [column, source];
      });
  });
}

/** Raw bytes of one output file by source path (repo-relative); unmapped bytes under ''. */
export async function bytesBySource(file) {
  const code = await readFile(file, 'utf8');
  const bySource = new Map();
  const add = (source, text) => bySource.set(source, (bySource.get(source) ?? 0) + Buffer.byteLength(text));
  if (!existsSync(`${file}.map`)) {
    add('', code);
    return bySource;
  }
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
  // Paths from the build's own checkout (src/…, node_modules/…), wherever it was built (the baseline's is under bench/.out/).
  const sources = map.sources.map((s) => resolve(dirname(file), map.sourceRoot ?? '', s).replace(/^.*?(?=(node_modules|src)\/)/, ''));
  const lines = code.split('\n');
  const mapped = decodeMappings(map.mappings);
  lines.forEach((line, i) => {
    const segments = mapped[i] ?? [];
    if (i < lines.length - 1) add('', '\n');
    // Columns count UTF-16 units, as JavaScript strings do; bytes are UTF-8, as served.
    add('', line.slice(0, segments[0]?.[0] ?? line.length));
    segments.forEach(([column, source], k) => add(source < 0 ? '' : sources[source], line.slice(column, segments[k + 1]?.[0] ?? line.length)));
  });
  return bySource;
}

/** The group a source module belongs to, in the issue's terms. */
export function groupOf(source, element = 'hotline-card') {
  const rules = [
    ['lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
    ['@lit/localize', /node_modules\/@lit\/localize\//],
    ['other packages', /node_modules\//],
    ['locale strings', /src\/generated\/locales\//],
    ['i18n runtime', /src\/(generated|i18n)\//],
    ['styles', /src\/styles\//],
    ['base class', /src\/shared\/kyr-element\.ts$/],
    ['shared helpers', /src\/shared\//],
    ['content', /src\/content\//],
    // Entries (src/entries/, or src/ itself before they moved there), installing hydrate support
    // (src/hydration/) and registration (src/elements/registry.ts, define.ts).
    ['glue (entries, registration, unmapped)', /^$|^src\/(entries\/|hydration\/)?[^/]+\.ts$|^src\/elements\/(registry|define)\.ts$/],
    [`the card (${element})`, new RegExp(`src/elements/${element}/`)],
    ['other elements', /src\/elements\//],
  ];
  // An element's own styles count with the element; the shared ones (src/styles/) as styles.
  return rules.find(([, test]) => test.test(source))?.[0] ?? 'other';
}

/**
 * The breakdown of `files` (paths on disk): per group, raw bytes and estimated gzip bytes (each
 * file's gzip -9 size shared out by raw bytes), the modules in it, and what compressing the
 * files one by one costs over one file (Σ gzip − gzip of them joined).
 */
export async function moduleBreakdown(files) {
  const groups = new Map();
  let separateGzip = 0;
  const buffers = [];
  for (const file of files) {
    const buffer = await readFile(file);
    buffers.push(buffer);
    const gzip = gzipSync(buffer, { level: 9 }).length;
    separateGzip += gzip;
    for (const [source, raw] of await bytesBySource(file)) {
      const group = groups.get(groupOf(source)) ?? { raw: 0, gzip: 0, modules: new Map() };
      group.raw += raw;
      group.gzip += (gzip * raw) / buffer.length;
      group.modules.set(source || '(unmapped)', (group.modules.get(source || '(unmapped)') ?? 0) + raw);
      groups.set(groupOf(source), group);
    }
  }
  const joinedGzip = gzipSync(Buffer.concat(buffers), { level: 9 }).length;
  return {
    files: files.length,
    raw: buffers.reduce((sum, b) => sum + b.length, 0),
    gzip: separateGzip,
    separateCompressionCost: separateGzip - joinedGzip,
    groups: [...groups]
      .map(([name, g]) => ({ name, raw: g.raw, gzip: Math.round(g.gzip), modules: [...g.modules].sort((a, b) => b[1] - a[1]).map(([path, raw]) => ({ path, raw })) }))
      .sort((a, b) => b.raw - a.raw),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await moduleBreakdown(process.argv.slice(2).map((f) => resolve(f)));
  for (const g of result.groups) console.log(`${g.name.padEnd(40)} ${String(g.raw).padStart(7)} ${String(g.gzip).padStart(6)}  ${g.modules.slice(0, 6).map((m) => `${m.path.replace(/^.*node_modules\//, '')} ${m.raw}`).join(', ')}`);
  console.log({ ...result, groups: undefined });
}

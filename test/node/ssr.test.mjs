// Server rendering (kyr-widgets/ssr.js and the `kyr-widgets render` command), in plain Node
// through the package's own exports: every element in every language, as declarative shadow DOM.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { KYR_TAGS } from './exports.mjs';

const { renderToString } = await import('kyr-widgets/ssr.js');
const { endonyms } = await import('kyr-widgets');
const root = new URL('../../', import.meta.url);
// Every language of the kit's list (src/i18n/languages.ts), read from the source, not from the build under test.
const { endonyms: languages } = await import('../../src/i18n/languages.ts');
const locales = Object.keys(languages);
const page = KYR_TAGS.map((tag) => `<${tag}></${tag}>`).join('\n');

/** English the widgets say; none of it may appear in another language's render. */
const ENGLISH = ['Save contact', 'Copy number', 'Your rights in New York City', 'Will New York City hold someone for ICE?', 'This is general information, not legal advice.'];

/** The shadow roots of a render: `[tag, lang, dir, text]` (text without tags, comments and styles). */
function shadowRoots(html) {
  return [...html.matchAll(/<(kyr-[\w-]+)[^>]*><template shadowroot="open" shadowrootmode="open">([\s\S]*?)<\/template><\/\1>/g)].map(([, tag, body]) => {
    const rootTag = /<[a-z]+ class="root[^"]*"[^>]*>/.exec(body)?.[0] ?? '';
    const text = body.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    return [tag, /lang="([^"]+)"/.exec(rootTag)?.[1], /dir="([^"]+)"/.exec(rootTag)?.[1], text];
  });
}

/** Node options that hide @lit-labs/ssr (a resolve hook), as in an install without the optional peer. */
const hooks = `export async function resolve(specifier, context, next) {
  if (/^@lit-labs\\/ssr(\\/|$)/.test(specifier)) throw Object.assign(new Error('Cannot find package ' + specifier), { code: 'ERR_MODULE_NOT_FOUND' });
  return next(specifier, context);
}`;
const withoutLitSsr = ['--import', `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));`)}`];

describe('renderToString', () => {
  for (const locale of locales) {
    it(`${locale}: renders all four elements as declarative shadow DOM in ${locale}`, async () => {
      const roots = shadowRoots(await renderToString(page, { locale }));
      assert.deepEqual(roots.map(([tag]) => tag), KYR_TAGS);
      const rtl = locale === 'ar' || locale === 'ur';
      for (const [tag, lang, dir, text] of roots) {
        assert.equal(lang, locale, `${tag} lang`);
        assert.equal(dir, rtl ? 'rtl' : 'ltr', `${tag} dir`);
        // The picker holds only the language in use until it is reached (the client's first render too).
        if (tag === 'kyr-language-picker') assert.match(text, new RegExp(`${endonyms[locale].replace(/[()（）]/g, '.')}\\s*$`), `${tag} shows ${locale}`);
        else assert.ok(text.trim().length > 20, `${tag} has content`);
        if (locale !== 'en') for (const english of ENGLISH) assert.ok(!text.includes(english), `${tag} in ${locale} says "${english}"`);
      }
      if (locale === 'en') assert.ok(roots.find(([tag]) => tag === 'kyr-hotline-card')[3].includes('Save contact'));
    });
  }

  it('renders the picker with only the language in use, as a browser’s first render does (so it hydrates)', async () => {
    const out = await renderToString('<kyr-language-picker></kyr-language-picker>', { locale: 'ko' });
    assert.deepEqual([...out.matchAll(/<option[^>]*value="([\w-]+)"/g)].map((match) => match[1]), ['ko']);
  });

  it('keeps a whole document in standards mode, with the page around the widgets untouched', async () => {
    const html = '<!doctype html><html lang="es"><head><title>Derechos</title></head><body><h1>Hola</h1><kyr-hotline-card hotline="311"><p>Llame al 311</p></kyr-hotline-card></body></html>';
    const out = await renderToString(html, { locale: 'es' });
    assert.ok(out.startsWith('<!doctype html><html lang="es"><head><title>Derechos</title></head><body><h1>Hola</h1>'), out.slice(0, 120));
    assert.ok(out.endsWith('</body></html>'), out.slice(-60));
    // The partner's fallback stays as light DOM (shown if the shadow root is not supported).
    assert.match(out, /<\/template><p>Llame al 311<\/p><\/kyr-hotline-card>/);
    assert.match(out, /href="tel:311"/);
  });

  it('renders a partner hotline from its attributes, in the language of its own lang', async () => {
    const out = await renderToString('<kyr-hotline-card lang="es" name="Línea de Queens" phone="(718) 555-0199" hours="Lunes a viernes" agency="Centro Comunitario"></kyr-hotline-card>', { locale: 'en' });
    assert.match(out, /href="tel:\+17185550199"/);
    assert.match(out, /<span lang="es" dir="auto">(<!--[^>]*-->)*Línea de Queens/);
    assert.match(out, /Lunes a viernes/);
  });

  it('escapes attribute values: a script payload stays text', async () => {
    const out = await renderToString('<kyr-hotline-card name="<img src=x onerror=alert(1)>" phone="311"></kyr-hotline-card>');
    const shadow = /<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>/.exec(out)[1];
    assert.ok(!shadow.includes('<img'), 'no markup from an attribute inside the shadow root');
    assert.ok(shadow.includes('&lt;img src=x onerror=alert(1)&gt;'));
  });

  it('escapes attribute values written with entities or a closing quote: they stay text, in the shadow root and on the host', async () => {
    const out = await renderToString(
      '<kyr-hotline-card name="&lt;script&gt;alert(1)&lt;/script&gt;" phone="311" hours="x&quot; onmouseover=&quot;alert(1)"></kyr-hotline-card>',
    );
    assert.ok(!/<script/i.test(out), 'no script element from an entity-encoded value');
    // Escaped, the value reads `onmouseover=&quot;`; a quote that closed the value would make `onmouseover="` an attribute.
    assert.ok(!/onmouseover="/i.test(out), 'no event attribute from a value that closes its quote');
    const shadow = /<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>/.exec(out)[1];
    assert.ok(shadow.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the name shows as the text it is');
    assert.ok(shadow.includes('x&quot; onmouseover=&quot;alert(1)'), 'the hours show as the text they are');
  });

  it('200 overlapping renders in alternating languages each come out in their own, and Node never gets a `window`', async () => {
    // Any write of `window` during the renders is recorded (a language switch once lent Node one).
    const writes = [];
    Object.defineProperty(globalThis, 'window', {
      configurable: true,
      get: () => undefined,
      set(value) {
        writes.push(value);
      },
    });
    try {
      const cycle = ['en', 'es', 'ar', 'zh-Hant'];
      const asked = Array.from({ length: 200 }, (_, index) => cycle[index % cycle.length]);
      const outputs = await Promise.all(asked.map((locale) => renderToString('<kyr-hotline-card></kyr-hotline-card><kyr-rights-summary></kyr-rights-summary>', { locale })));
      outputs.forEach((html, index) => {
        const locale = asked[index];
        const roots = shadowRoots(html);
        assert.deepEqual(roots.map(([, lang, dir]) => [lang, dir]), Array(2).fill([locale, locale === 'ar' ? 'rtl' : 'ltr']), `render ${index} (${locale})`);
        assert.equal(roots[0][3].includes('Save contact'), locale === 'en', `render ${index} (${locale}) says "Save contact"`);
      });
      assert.deepEqual(writes, []);
    } finally {
      delete globalThis.window;
    }
    assert.equal(globalThis.window, undefined);
  });

  it('leaves no language behind: after a Spanish render, @lit-labs/ssr\'s own render of a kit element is in English', async () => {
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html } = await import('lit');
    const spanish = await renderToString('<kyr-hotline-card></kyr-hotline-card>', { locale: 'es' });
    assert.equal(shadowRoots(spanish)[0][1], 'es');
    const after = await collectResult(render(html`<kyr-hotline-card></kyr-hotline-card>`));
    assert.equal(shadowRoots(after)[0]?.[1], 'en', 'another tool\'s render after a Spanish request');
    assert.match(after, /Save contact/);
  });

  it('without @lit-labs/ssr (an optional peer dependency) the module still loads, and a render says what to install', async () => {
    const script = `const ssr = await import('kyr-widgets/ssr.js');
      await ssr.renderToString('<kyr-hotline-card></kyr-hotline-card>').then(() => console.log('rendered'), (error) => console.log(error.message));`;
    const { stdout } = await new Promise((resolve, reject) =>
      execFile(process.execPath, [...withoutLitSsr, '--input-type=module', '-e', script], { cwd: root }, (error, out, err) => (error ? reject(error) : resolve({ stdout: out, stderr: err }))),
    );
    assert.equal(stdout.trim(), 'kyr-widgets/ssr.js needs @lit-labs/ssr, an optional peer dependency: run `npm install @lit-labs/ssr`.');
  });

  it('finds the language a regional tag asks for (es-MX → es, zh-TW → zh-Hant)', async () => {
    assert.equal(shadowRoots(await renderToString('<kyr-hotline-card></kyr-hotline-card>', { locale: 'es-MX' }))[0][1], 'es');
    assert.equal(shadowRoots(await renderToString('<kyr-hotline-card></kyr-hotline-card>', { locale: 'zh-TW' }))[0][1], 'zh-Hant');
  });

  it('warns once about a language it does not speak and renders English', async (t) => {
    const warn = t.mock.method(console, 'warn', () => undefined);
    const out = await renderToString('<kyr-hotline-card></kyr-hotline-card>', { locale: 'tlh' });
    assert.equal(shadowRoots(out)[0][1], 'en');
    assert.equal(warn.mock.callCount(), 1);
    assert.match(String(warn.mock.calls[0].arguments[0]), /renderToString locale "tlh" is not supported/);
  });
});

describe('the `kyr-widgets render` command', () => {
  const cli = new URL('bin/kyr-widgets.js', root).pathname;
  const run = (args, input) =>
    new Promise((resolve) => {
      const child = execFile(process.execPath, [cli, ...args], (error, stdout, stderr) => resolve({ code: error?.code ?? 0, stdout, stderr }));
      child.stdin.end(input);
    });

  it('renders a page from standard input in the language of --locale', async () => {
    const { code, stdout } = await run(['render', '--locale', 'ar'], '<!doctype html><html lang="ar"><body><kyr-rights-summary></kyr-rights-summary></body></html>');
    assert.equal(code, 0);
    assert.ok(stdout.startsWith('<!doctype html>'));
    assert.deepEqual(shadowRoots(stdout).map(([tag, lang, dir]) => [tag, lang, dir]), [['kyr-rights-summary', 'ar', 'rtl']]);
  });

  it('refuses a language it does not speak, and an unknown command, with a clear message and exit code 2', async () => {
    const bad = await run(['render', '--locale', 'xx'], '<p></p>');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--locale "xx" is not a language the kit speaks/);
    const unknown = await run(['draw'], '');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "draw"/);
  });

  it('echoes an unknown command or language on one line, its newlines and bidi overrides escaped', async () => {
    const unknown = await run(['draw\nkyr-widgets: done\u202e'], '');
    assert.equal(unknown.stderr.split('\n')[0], 'kyr-widgets: unknown command "draw\\nkyr-widgets: done\\u202e".');
    const bad = await run(['render', '--locale', 'xx\r\u001b[2K'], '<p></p>');
    assert.match(bad.stderr, /^kyr-widgets render: --locale "xx\\r\\u001b\[2K" is not a language the kit speaks/);
  });

  it('without @lit-labs/ssr installed, says what to install and exits 1', async () => {
    const { code, stderr } = await new Promise((resolve) => {
      const child = execFile(process.execPath, [...withoutLitSsr, cli, 'render', '--locale', 'es'], (error, stdout, err) => resolve({ code: error?.code ?? 0, stderr: err }));
      child.stdin.end('<kyr-hotline-card></kyr-hotline-card>');
    });
    assert.equal(code, 1);
    assert.equal(stderr.trim(), 'kyr-widgets render: kyr-widgets/ssr.js needs @lit-labs/ssr, an optional peer dependency: run `npm install @lit-labs/ssr`.');
  });

  it('is the package’s bin', async () => {
    const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
    assert.equal(pkg.bin['kyr-widgets'], './bin/kyr-widgets.js');
    assert.ok(pkg.files.includes('bin'));
  });
});

describe('dist/prerendered', () => {
  it('csp.json lists one style-src hash for each element’s stylesheet', async () => {
    const { 'style-src': styleSrc } = JSON.parse(await readFile(new URL('dist/prerendered/csp.json', root), 'utf8'));
    assert.equal(styleSrc.split(' ').filter((source) => /^'sha256-[\w+/]+=*'$/.test(source)).length, KYR_TAGS.length);
  });

  for (const locale of locales) {
    it(`${locale}: each element's default variant, rendered in ${locale}`, async () => {
      for (const tag of KYR_TAGS) {
        const html = await readFile(new URL(`dist/prerendered/${locale}/${tag.slice(4)}.html`, root), 'utf8');
        assert.deepEqual(shadowRoots(html).map(([t, lang]) => [t, lang]), [[tag, locale]]);
      }
    });
  }
});


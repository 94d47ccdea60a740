// The demo page's own script (a partner's page would have its own): it listens
// for the widgets' events and runs the embed-code generator. The kit itself sends nothing anywhere.
const log = document.getElementById('feedback-log');
document.addEventListener('kyr-feedback', (event) => {
  const { element, answer } = event.detail;
  log.textContent = `kyr-feedback: <${element}> answered "${answer}". (This page could count it; the kit sends nothing.)`;
});

// --- Embed-code generator ---------------------------------------------------
const form = document.getElementById('embed-form');
const output = document.getElementById('embed-code');
const preview = document.getElementById('embed-preview');
const copyStatus = document.getElementById('copy-embed-status');
const note = document.getElementById('embed-note');
const copyButton = document.getElementById('copy-embed');
const version = '0.1.0';
let integrity = {};
/** The ES build's language file for each locale (dist/locales.json), for the optional modulepreload. */
let localeFiles = {};
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
/** The kit's locales, from the build's lists (dist/kit.json, from src/i18n/locales.ts); English until they arrive. */
let locales = ['en'];

/**
 * The element's fallback content in `locale`: the widget rendered on the server (`kind`
 * "rendered"), or its words as plain HTML ("plain"). From the demo server's render endpoint
 * (`npm start`), else the prerendered file of the default variant (dist/prerendered/), else
 * nothing. Latest request wins.
 */
let renderRequest = 0;
async function fallbackContent(markup, locale, kind, isDefault, tag) {
  try {
    // JSON, which only this page may send (scripts/serve-render.mjs).
    const response = await fetch('/api/render', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ html: markup, locale, fallback: kind }),
    });
    if (response.ok) return (await response.text()).trim();
  } catch {
    // A static copy of the demo has no server: try the prerendered snippets.
  }
  if (!isDefault) return undefined;
  const file = `${tag.replace(/^kyr-/, '')}${kind === 'plain' ? '.fallback' : ''}.html`;
  const response = await fetch(`../dist/prerendered/${locale}/${file}`).catch(() => undefined);
  return response?.ok ? (await response.text()).trim() : undefined;
}

/** Each element's documented examples (the data the stories and tests use too): the generator's presets. */
const exampleFiles = ['hotline-card', 'rights-summary', 'detainer-explainer', 'language-picker'];
const presets = {};

/** The form fields that are attributes of the element (`data-attr`, shown for it by `data-for`). */
const attributeFields = (element) =>
  [...form.querySelectorAll('[data-attr]')].filter((field) => field.closest('[data-for]').dataset.for.split(' ').includes(element));

/** The attributes the element takes from the form, in the form's order; defaults left out. */
function attributesFor(element) {
  const attributes = [];
  for (const field of attributeFields(element)) {
    if (field.type === 'checkbox') {
      if (field.checked) attributes.push([field.dataset.attr, '']);
    } else {
      const value = field.value.trim();
      if (value && value !== (field.dataset.default ?? '')) attributes.push([field.dataset.attr, value]);
    }
  }
  return attributes;
}

/** Fills the form from a preset: its attributes set, every other field of the element back to its default. */
function applyPreset(element, name) {
  const preset = presets[element]?.find((example) => example.name === name);
  if (!preset) return;
  for (const field of attributeFields(element)) {
    const value = preset.attributes[field.dataset.attr];
    if (field.type === 'checkbox') {
      field.checked = value !== undefined;
      continue;
    }
    if (field.tagName === 'SELECT' && value !== undefined && ![...field.options].some((option) => option.value === value)) {
      field.add(new Option(value, value));
    }
    field.value = value ?? field.dataset.default ?? '';
  }
}

/** The preset the form matches, or '' ("Your own settings"). */
function matchingPreset(element) {
  const key = (attributes) => JSON.stringify([...attributes].sort());
  const current = key(attributesFor(element));
  const defaults = new Map(attributeFields(element).map((field) => [field.dataset.attr, field.dataset.default ?? '']));
  const match = (presets[element] ?? []).find(
    (example) => key(Object.entries(example.attributes).filter(([name, value]) => value === '' || value !== defaults.get(name))) === current,
  );
  return match?.name ?? '';
}

function listPresets(element) {
  const options = (presets[element] ?? []).map((example) => new Option(example.title, example.name));
  form.elements.preset.replaceChildren(...options, new Option('Your own settings', ''));
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const themeFiles = { dark: 'dark', auto: 'dark', partner: 'partner-example' };

function render() {
  const data = new FormData(form);
  const element = data.get('element');
  for (const box of form.querySelectorAll('[data-for]')) box.hidden = !box.dataset.for.split(' ').includes(element);
  form.elements.preset.value = matchingPreset(element);

  // Only http(s) or a path; escaped like every other value written into the snippet.
  const rawBase = String(data.get('base') || './').trim();
  const base = escapeHtml(/^(https?:\/\/|\.{0,2}\/)/i.test(rawBase) ? rawBase.replace(/\/?$/, '/') : './');
  const file = data.get('build') === 'standalone' ? 'kyr-widgets.standalone.js' : 'kyr-widgets.js';
  const hash = integrity[file];
  const attributes = attributesFor(element);
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  const theme = data.get('theme');
  const locale = locales.includes(data.get('locale')) ? data.get('locale') : 'en';
  // On a page in another language, the widgets wait for its file before they render: fetch it with the script.
  const preloadFile = data.get('build') === 'es' && locale !== 'en' ? localeFiles[locale] : undefined;
  const preloadHash = preloadFile && integrity[preloadFile];
  const preload = preloadFile
    ? [`<link rel="modulepreload" href="${base}${preloadFile}"${preloadHash ? `\n  integrity="${preloadHash}" crossorigin="anonymous"` : ''} />`]
    : [];
  const plain = data.get('fallback') === 'plain';
  const head = [
    `<!-- kyr-widgets ${version}: know-your-rights widgets. No tracking, no cookies. -->`,
    ...(theme ? [`<link rel="stylesheet" href="${base}themes/${themeFiles[theme]}.css" />`] : []),
    // Plain fallback content looks like the widget with this file (a file, so a strict CSP allows it).
    ...(plain ? [`<link rel="stylesheet" href="${base}themes/fallback.css" />`] : []),
    ...preload,
    `<script ${data.get('build') === 'standalone' ? 'defer' : 'type="module"'} src="${base}${file}"${hash ? `\n  integrity="${hash}" crossorigin="anonymous"` : ''}></script>`,
  ];
  const markup = `<${element}${attrs}></${element}>`;
  const wrap = (html) => (theme ? `<div class="kyr-theme-${theme}">\n${html}\n</div>` : html);
  const write = (widget) => (output.value = [...head, wrap(widget)].join('\n'));
  // Until the fallback arrives, the snippet is not offered for copying: a widget without fallback goes blank when the script cannot run.
  write(markup);
  copyButton.disabled = true;
  const request = ++renderRequest;
  note.textContent = 'Writing the fallback content…';
  void fallbackContent(markup, locale, plain ? 'plain' : 'rendered', attrs === '', element).then((fallback) => {
    if (request !== renderRequest) return;
    if (fallback) {
      write(fallback);
      copyButton.disabled = false;
      note.textContent = plain
        ? `The widget's words are in the snippet as plain HTML in ${languageNames.of(locale)}, with its phone numbers as links: they show if the script is slow, blocked or refused, and when JavaScript is off. (The preview below follows this page's language picker.)`
        : `The widget is in the snippet, rendered in ${languageNames.of(locale)}: it shows before the script runs and the script takes it over without moving the page. (The preview below follows this page's language picker.)`;
    } else {
      note.textContent = 'No server here to write the fallback for this variant: run `npm start`, or `npx kyr-widgets render`, or choose the default variant.';
    }
  });

  // The preview is built with DOM APIs, never from the snippet's text.
  const widget = document.createElement(element);
  for (const [name, value] of attributes) widget.setAttribute(name, value);
  preview.className = `embed-preview ${theme ? `kyr-theme-${theme}` : ''}`;
  preview.replaceChildren(widget);
}

copyButton.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(output.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    output.select();
    copyStatus.textContent = 'Select the snippet and copy it.';
  }
});

form.addEventListener('change', (event) => {
  const element = form.elements.element.value;
  if (event.target.name === 'element') {
    listPresets(element);
    applyPreset(element, presets[element]?.[0]?.name);
  } else if (event.target.name === 'preset') {
    applyPreset(element, event.target.value);
  }
  render();
});
// Typing updates the snippet as it goes; the element and preset selects are handled on change (above),
// before render() shows which preset the form now matches.
form.addEventListener('input', (event) => {
  if (event.target.name !== 'element' && event.target.name !== 'preset') render();
});

const localeSelect = form.elements.namedItem('locale');
const json = (path) => fetch(path).then((response) => (response.ok ? response.json() : {}), () => ({}));
Promise.all([
  json('../dist/kit.json').then((kit) => {
    locales = (kit.locales ?? []).map((locale) => locale.code);
    for (const locale of locales.slice(1)) localeSelect.append(new Option(`${languageNames.of(locale)} (${locale})`, locale));
  }),
  json('../dist/sri.json').then((hashes) => {
    integrity = hashes;
  }),
  json('../dist/locales.json').then((files) => {
    localeFiles = files;
  }),
  ...exampleFiles.map((name) =>
    fetch(`../src/elements/${name}/${name}.examples.json`)
      .then((response) => response.json())
      .then(({ tag, examples }) => {
        presets[tag] = examples;
      }),
  ),
])
  .catch(() => {})
  .finally(() => {
    listPresets(form.elements.element.value);
    render();
  });
render();

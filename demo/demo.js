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
const version = '0.1.0';
let integrity = {};
/** The ES build's language file for each locale (dist/locales.json), for the optional modulepreload. */
let localeFiles = {};
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The attributes the chosen element takes from the form. */
function attributesFor(data) {
  const element = data.get('element');
  const attributes = [];
  if (element === 'kyr-hotline-card' && data.get('hotline') !== 'actionnyc') attributes.push(['hotline', data.get('hotline')]);
  if (element === 'kyr-rights-summary' && data.get('compact')) attributes.push(['compact', '']);
  if (element === 'kyr-detainer-explainer' && data.get('sections')) attributes.push(['sections', data.get('sections')]);
  if (element !== 'kyr-hotline-card' && element !== 'kyr-language-picker' && data.get('feedback')) attributes.push(['feedback', '']);
  if (element !== 'kyr-language-picker' && data.get('heading-level') !== '2') attributes.push(['heading-level', data.get('heading-level')]);
  return attributes;
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function render() {
  const data = new FormData(form);
  const element = data.get('element');
  for (const label of form.querySelectorAll('[data-for]')) label.hidden = !label.dataset.for.split(' ').includes(element);
  for (const label of form.querySelectorAll('[data-for-build]')) label.hidden = label.dataset.forBuild !== data.get('build');

  // Only http(s) or a path; escaped like every other value written into the snippet.
  const rawBase = String(data.get('base') || './').trim();
  const base = escapeHtml(/^(https?:\/\/|\.{0,2}\/)/i.test(rawBase) ? rawBase.replace(/\/?$/, '/') : './');
  const file = data.get('build') === 'standalone' ? 'kyr-widgets.standalone.js' : 'kyr-widgets.js';
  const hash = integrity[file];
  const attrs = attributesFor(data)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const theme = data.get('theme');
  // On a page in another language, the widgets wait for its file before they render: fetch it with the script.
  const preloadFile = data.get('build') === 'es' ? localeFiles[data.get('preload')] : undefined;
  const preloadHash = preloadFile && integrity[preloadFile];
  const preload = preloadFile
    ? [`<link rel="modulepreload" href="${base}${preloadFile}"${preloadHash ? `\n  integrity="${preloadHash}" crossorigin="anonymous"` : ''} />`]
    : [];
  const lines = [
    `<!-- kyr-widgets ${version}: know-your-rights widgets. No tracking, no cookies. -->`,
    ...(theme ? [`<link rel="stylesheet" href="${base}themes/${theme === 'partner' ? 'partner-example' : theme}.css" />`] : []),
    ...preload,
    // blocking="render": the page paints once, with the widgets in it (no layout shift).
    `<script ${data.get('build') === 'standalone' ? 'defer' : 'type="module"'} src="${base}${file}" blocking="render"${hash ? `\n  integrity="${hash}" crossorigin="anonymous"` : ''}></script>`,
    `${theme ? `<div class="kyr-theme-${theme}">\n  ` : ''}<${element}${attrs}></${element}>${theme ? '\n</div>' : ''}`,
  ];
  output.value = lines.join('\n');

  // The preview is built with DOM APIs, never from the snippet's text.
  const widget = document.createElement(element);
  for (const [name, value] of attributesFor(data)) widget.setAttribute(name, value);
  preview.className = `embed-preview ${theme ? `kyr-theme-${theme}` : ''}`;
  preview.replaceChildren(widget);
}

document.getElementById('copy-embed').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(output.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    output.select();
    copyStatus.textContent = 'Select the snippet and copy it.';
  }
});

form.addEventListener('input', render);
form.addEventListener('change', render);
const json = (path) => fetch(path).then((response) => (response.ok ? response.json() : {}), () => ({}));
Promise.all([json('../dist/sri.json'), json('../dist/locales.json')]).then(([hashes, locales]) => {
  integrity = hashes;
  localeFiles = locales;
  const select = form.elements.namedItem('preload');
  for (const locale of Object.keys(locales)) select.append(new Option(`${languageNames.of(locale)} (${locale})`, locale));
  render();
});
render();

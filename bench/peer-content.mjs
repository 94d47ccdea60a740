// The Shoelace peer with the kit's content (issue 12): the English words the kit's bench page
// shows, read from its rendered shadow DOM, laid out with Shoelace 2 the way a developer would
// build the same UI: a card per widget (its heading in the header slot), each section as an open
// details, call links and buttons as sl-button, the picker as an sl-select of every language.
// Read from the page the bench measures, so it follows the kit when its wording changes.
// `node bench/peer-content.mjs` writes the page on its own (after `npm run build`).
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/browser.mjs';
import { startServer } from '../scripts/serve.mjs';

const root = new URL('..', import.meta.url).pathname;
export const PEER_CONTENT_PAGE = '/bench/.out/pages/peer-content.html';
const TAGS = ['kyr-language-picker', 'kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer'];

/** In the browser: Shoelace markup for each kit widget on the page, as it is shown now. */
function shoelaceMarkup(tags) {
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const words = (el) => el.textContent.replace(/\s+/g, ' ').trim();
  const kept = ['href', 'rel', 'datetime', 'lang', 'dir'];
  const attributes = (el) => kept.filter((name) => el.hasAttribute(name)).map((name) => ` ${name}="${escape(el.getAttribute(name))}"`).join('');
  const blocks = new Set(['p', 'ul', 'ol', 'li', 'div', 'aside', 'h2', 'h3', 'h4']);
  const details = (summary, content) => `<sl-details open summary="${escape(summary)}">${content}</sl-details>\n`;
  const children = (el, except) => [...el.childNodes].filter((node) => node !== except).map(markup).join('');

  function markup(node) {
    if (node.nodeType === Node.TEXT_NODE) return escape(node.nodeValue.replace(/\s+/g, ' '));
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const el = node;
    const display = getComputedStyle(el).display;
    // A span the kit lays out as a block (a figure's value, label and source) is a block here too.
    const tag = el.localName === 'span' && display !== 'inline' && display !== 'none' ? 'div' : el.localName;
    // Not shown (print-only text, an empty status line, icons), or carried by its control (the label).
    if (['style', 'script', 'svg', 'template', 'label'].includes(tag) || display === 'none' || !words(el)) return '';
    if (tag === 'a' && el.getAttribute('href').startsWith('tel:')) return `<sl-button variant="primary" href="${escape(el.getAttribute('href'))}">${escape(words(el))}</sl-button>`;
    if (tag === 'button') return `<sl-button>${escape(words(el))}</sl-button>`;
    if (tag === 'select') {
      const options = [...el.options].map((o) => `<sl-option value="${escape(o.value)}"${attributes(o)}>${escape(o.text)}</sl-option>`);
      return `<sl-select label="${escape(words(el.labels[0]))}" value="${escape(el.value)}">\n${options.join('\n')}\n</sl-select>\n`;
    }
    // A term and its description (the hotline's "When you call"), and a section under its own heading, shown open.
    if (tag === 'dl') return [...el.querySelectorAll('dt')].map((dt) => details(words(dt), children(dt.nextElementSibling))).join('');
    if (tag === 'div' && el.firstElementChild?.localName === 'h3') return details(words(el.firstElementChild), children(el, el.firstElementChild));
    return `<${tag}${attributes(el)}>${children(el)}</${tag}>${blocks.has(tag) ? '\n' : ''}`;
  }

  return tags.flatMap((tag) =>
    [...document.querySelectorAll(tag)].map((host) => {
      const widget = [...host.shadowRoot.children].find((el) => el.localName !== 'style');
      const heading = widget.querySelector('h2');
      if (!heading) return children(widget); // the picker: a labelled select, no card
      // The card's header: the heading, with what the kit shows beside it (the hotline's agency).
      const header = heading.parentElement === widget ? heading : heading.parentElement;
      const slotted = header === heading ? `<h2 slot="header">${children(heading)}</h2>` : `<div slot="header">${children(header)}</div>`;
      return `<sl-card>\n${slotted}\n${children(widget, header)}</sl-card>`;
    }),
  );
}

/** Renders the kit's bench page (375 px, English) in a browser of its own and writes the peer's page from it. */
export async function writePeerContentPage(url) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${url}/bench/.out/pages/kit.html?target=kit`);
    await page.waitForFunction(() => window.benchResult, undefined, { timeout: 60_000 });
    // The picker lists every language once a reader reaches it; a Shoelace select holds them all from the start.
    await page.evaluate(async () => {
      const picker = document.querySelector('kyr-language-picker');
      picker.shadowRoot.querySelector('select').focus();
      await picker.updateComplete;
    });
    const widgets = await page.evaluate(shoelaceMarkup, TAGS);
    await mkdir(`${root}bench/.out/pages`, { recursive: true });
    await writeFile(
      `${root}${PEER_CONTENT_PAGE.slice(1)}`,
      `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>bench: Shoelace peer, same content</title>
    <!-- Written by bench/peer-content.mjs from the kit's bench page as rendered. -->
    <link rel="stylesheet" href="/bench/.out/shoelace/light.css" />
    <link rel="stylesheet" href="/bench/pages/bench.css" />
    <link rel="stylesheet" href="/bench/pages/peer-content.css" />
    <script src="/bench/.out/shoelace/index.js"></script>
    <script type="module" src="/bench/pages/harness.js"></script>
  </head>
  <body>
${widgets.join('\n').replace(/[ \t]*\n[ \t]*/g, '\n')}
<div id="scale"></div>
  </body>
</html>
`,
    );
  } finally {
    await browser.close();
  }
  return PEER_CONTENT_PAGE;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { server, url } = await startServer(0);
  try {
    console.log(`${root}${(await writePeerContentPage(url)).slice(1)}`);
  } finally {
    server.close();
  }
}

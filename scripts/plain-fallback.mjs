// The plain fallback of a server-rendered widget: its declarative shadow DOM flattened into the
// light DOM as plain semantic HTML (headings, paragraphs, lists, links, dates), in the language it
// was rendered in, inside <div class="kyr-fallback">. It is what a page shows where it cannot paste
// the rendered widget: before the script runs, and whoever has no JavaScript or a refused hash reads
// the same words and taps the same numbers. Controls that need the script (buttons, selects) are
// left out; themes/fallback.css styles the rest.
import { parseFragment } from 'parse5';

/** Elements kept as they are (with the attributes below): the words' structure. */
const KEPT = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'strong', 'em', 'b', 'bdi', 'time', 'abbr', 'small', 'blockquote']);
/** Elements left out with their content: script-driven controls, icons, styles. */
const DROPPED = new Set(['style', 'script', 'svg', 'button', 'input', 'textarea', 'slot', 'dialog']);
/** Attributes that carry meaning without the widget's styles or script. */
const ATTRIBUTES = new Set(['href', 'download', 'lang', 'dir', 'datetime', 'title']);
/** Blocks written on lines of their own, so the snippet reads well where a partner pastes it. */
const BLOCKS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote']);

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');
const attribute = (node, name) => node.attrs?.find((a) => a.name === name)?.value;

/**
 * Not shown on screen, or not without the script: hidden, decoration, print only, or a control
 * that needs the script (`.needs-script`, styles/needs-script.ts; its `.without-script` stand-in stays).
 */
const unseen = (node) =>
  attribute(node, 'hidden') !== undefined ||
  attribute(node, 'aria-hidden') === 'true' ||
  /\bprint-only\b/.test(attribute(node, 'class') ?? '') ||
  // The picker needs the script as a control, but its languages, written out, say what the page offers.
  (/\bneeds-script\b/.test(attribute(node, 'class') ?? '') && !(selectText && containsSelect(node)));

/** Whether a <select> is inside `node`. */
const containsSelect = (node) => (node.childNodes ?? []).some((child) => child.tagName === 'select' || containsSelect(child));

/** What stands in for a <select> (the language picker's): set by plainFallback. */
let selectText = '';

/** The HTML of a node's children, flattened. */
function children(node) {
  return (node.content ?? node).childNodes.map(flatten).join('');
}

function flatten(node) {
  if (node.tagName === 'select') return selectText;
  if (node.nodeName === '#text') return escapeText(node.value.replace(/\s+/g, ' '));
  if (node.nodeName.startsWith('#')) return ''; // comments (Lit's part markers), processing instructions
  const tag = node.tagName;
  if (DROPPED.has(tag) || unseen(node)) return '';
  // A shadow root (and any nested widget's) is read in place of its host's light DOM.
  if (tag === 'template') return attribute(node, 'shadowrootmode') ? children(node) : '';
  const shadow = node.childNodes?.find((child) => child.tagName === 'template' && attribute(child, 'shadowrootmode'));
  const inner = shadow ? children(shadow) : children(node);
  const lang = ['lang', 'dir'].map((name) => attribute(node, name)).filter(Boolean);
  if (!KEPT.has(tag)) {
    // A wrapper (div, span, article, section…) is unwrapped; one that sets a language keeps it, as a span or div.
    const block = BLOCKS.has(tag) || /^(div|article|section|header|footer|nav|aside|details|figure)$/.test(tag);
    // Unwrapped, a block still ends its line: "Source:" starts one of its own.
    if (!lang.length || !inner.trim()) return block ? `\n${inner}\n` : inner;
    const wrapper = block ? 'div' : 'span';
    return wrapper === 'div' ? `\n<div${attributes(node)}>\n${inner}\n</div>\n` : `<span${attributes(node)}>${inner}</span>`;
  }
  if (!inner.trim() && tag !== 'a') return '';
  const html = `<${tag}${attributes(node)}>${inner.trim() === inner ? inner : inner.replace(/^ +| +$/g, '')}</${tag}>`;
  return BLOCKS.has(tag) ? `\n${html}\n` : html;
}

function attributes(node) {
  return (node.attrs ?? [])
    .filter((a) => ATTRIBUTES.has(a.name) && !(a.name === 'href' && !/^(https?:|tel:|mailto:|data:text\/vcard|#)/.test(a.value)))
    .map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`)
    .join('');
}

/**
 * `rendered`: one server-rendered element (`<kyr-hotline-card …><template shadowrootmode="open">…`).
 * Returns the same element, its attributes as they were, with the plain fallback inside.
 * `options.select`: HTML in place of a <select>, which does nothing without the script (the
 * picker's: the languages the widgets speak, each by its own name).
 * @param {string} rendered
 * @param {{ select?: string }} [options]
 */
export function plainFallback(rendered, { select = '' } = {}) {
  selectText = select;
  const fragment = parseFragment(rendered.trim(), { scriptingEnabled: false });
  const host = fragment.childNodes.find((node) => node.tagName?.startsWith('kyr-'));
  if (!host) throw new Error('plainFallback: no kyr element in the rendered HTML');
  const body = flatten({ ...host, tagName: 'div', attrs: [] })
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
  const hostAttributes = host.attrs.map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${escapeAttribute(a.value)}"`)).join('');
  return `<${host.tagName}${hostAttributes}>\n<div class="kyr-fallback">\n${body}\n</div>\n</${host.tagName}>`;
}

/**
 * The languages the widgets speak, each by its own name, isolated in its own direction so bidi
 * cannot reorder the list: what the picker's plain fallback shows in place of its <select>.
 * @param {{ displayOrder: string[], endonyms: Record<string, string>, directionOf: (code: string) => string }} locales dist/npm/i18n/locales.js
 */
export function languageListHtml({ displayOrder, endonyms, directionOf }) {
  return `\n<p>${displayOrder.map((code) => `<bdi lang="${code}" dir="${directionOf(code)}">${endonyms[code]}</bdi>`).join(' · ')}</p>\n`;
}

/** WCAG 1.4.12's test values, as a reader's style sheet sets them (inside every shadow root too). */
export const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

/** Applies the text-spacing overrides to the document and to every widget's shadow root. */
export function applyTextSpacing(doc: Document, widgets: Element[]): void {
  const win = doc.defaultView as Window & typeof globalThis;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  for (const widget of widgets) widget.shadowRoot!.adoptedStyleSheets = [...widget.shadowRoot!.adoptedStyleSheets, sheet];
}

/** Boxes with a fill or a border that text must stay inside: the surface, controls, panels. */
const BOXES = '.root, a.call-link, button, select, .question, .answer, .help, .figures li, .timeline li';
/** Not meant to be seen on screen (or seen elsewhere: options are drawn by the browser). */
const OFF_SCREEN = '.print-only, [hidden], option, style, script';

const TOLERANCE = 0.5;

function describe(el: Element): string {
  const part = el.getAttribute('part');
  return `<${el.localName}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}${part ? ` part="${part}"` : ''}>`;
}

/** Clips its overflow: text outside it would be cut, not just spill. */
function clips(el: Element): boolean {
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  return style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.contentVisibility === 'auto' || /paint|content|strict/.test(style.contain);
}

/**
 * What spills or is cut in a widget: every text fragment must lie inside each box around it
 * (so no digit runs out of its link, white on white), inside anything that clips, and inside
 * the page's width (nothing to scroll sideways to). Returns readable problems, [] when none.
 */
export function spills(widget: Element, pageWidth: number): string[] {
  const problems: string[] = [];
  const root = widget.shadowRoot!;
  const doc = widget.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest(OFF_SCREEN)) continue;
    const range = doc.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (!rects.length) {
      problems.push(`"${text.slice(0, 40)}" is not laid out`);
      continue;
    }
    const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    for (let el: Element | null = parent; el; el = el.parentElement) {
      if (!el.matches(BOXES) && !clips(el)) continue;
      const box = el.getBoundingClientRect();
      for (const r of rects) {
        const over = Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom);
        if (over > TOLERANCE) {
          problems.push(`"${short}" spills ${over.toFixed(1)}px out of ${describe(el)}`);
          break;
        }
      }
    }
    for (const r of rects) {
      if (r.left < -TOLERANCE || r.right > pageWidth + TOLERANCE) {
        problems.push(`"${short}" is off the page (${r.left.toFixed(0)}…${r.right.toFixed(0)} of ${pageWidth}px)`);
        break;
      }
    }
  }
  // Controls whose text the browser draws (the select) stay inside the widget and the page.
  const rootBox = root.firstElementChild!.getBoundingClientRect();
  for (const control of root.querySelectorAll('select, button, a')) {
    const r = control.getBoundingClientRect();
    if (!r.width) continue;
    if (r.right > pageWidth + TOLERANCE || r.left < -TOLERANCE) problems.push(`${describe(control)} is off the page`);
    if (r.right > rootBox.right + TOLERANCE || r.left < rootBox.left - TOLERANCE) problems.push(`${describe(control)} spills out of the widget`);
  }
  return problems;
}

/** The host box each widget sits in must hold it: a widget wider than its card spills over the page. */
export function widerThan(widget: Element, box: Element): string | undefined {
  const w = widget.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  const root = widget.shadowRoot!.firstElementChild!.getBoundingClientRect();
  const right = Math.max(w.right, root.right);
  const left = Math.min(w.left, root.left);
  if (right > b.right + TOLERANCE || left < b.left - TOLERANCE) return `${describe(widget)} is ${(right - left).toFixed(0)}px wide in a ${b.width.toFixed(0)}px box`;
  return undefined;
}

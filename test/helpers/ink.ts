/**
 * Where a text's glyphs are drawn on screen. A Range's rects are the font's line boxes
 * (its ascent and descent, 2.5 em tall for Noto Nastaliq Urdu), which stick out of a tight
 * line by design; what a reader sees collide is the ink. So each line fragment's rect gives the
 * baseline (its top plus the primary font's ascent), and a canvas measuring the same text in
 * the same font gives how far the glyphs reach above and below it.
 */
export interface InkBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

let canvas: HTMLCanvasElement | undefined;

/** The ink of every text node under `root` (light or shadow), one box per line it is laid out on. */
export function inkBoxes(root: Node): InkBox[] {
  const doc = root.ownerDocument ?? (root as Document);
  const boxes: InkBox[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const parent = node.parentElement;
    if (!text || !parent) continue;
    const style = getComputedStyle(parent);
    canvas ??= document.createElement('canvas');
    // The canvas shapes the text with the same fallback fonts when it carries the same language.
    canvas.lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
    document.body.append(canvas);
    const context = canvas.getContext('2d')!;
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const metrics = context.measureText(text);
    canvas.remove();
    const range = doc.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (!rect.width || !rect.height) continue;
      // The baseline below holds only where the rect is the primary font's ascent plus descent.
      const fontBox = metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent;
      if (Math.abs(rect.height - fontBox) > 1) throw new Error(`"${text}": a ${rect.height}px line box, but its font is ${fontBox}px tall; cannot find its baseline`);
      const baseline = rect.top + metrics.fontBoundingBoxAscent;
      boxes.push({
        text,
        left: rect.left,
        right: rect.right,
        top: baseline - metrics.actualBoundingBoxAscent,
        bottom: baseline + metrics.actualBoundingBoxDescent,
      });
    }
  }
  return boxes;
}

/**
 * The clear space between two boxes stacked one above the other (negative where their glyphs
 * overlap); Infinity when they share no column, so they cannot touch.
 */
export function verticalGap(a: InkBox, b: InkBox): number {
  if (Math.min(a.right, b.right) <= Math.max(a.left, b.left)) return Infinity;
  return Math.max(b.top - a.bottom, a.top - b.bottom);
}

/** How far the box reaches out of `outer` on any side, 0 when it is inside. */
export function outside(box: InkBox, outer: DOMRectReadOnly): number {
  return Math.max(0, outer.left - box.left, box.right - outer.right, outer.top - box.top, box.bottom - outer.bottom);
}

import { allExamples, createExample, type Example, type KyrTag } from '../../src/elements/examples.js';

export interface KitApi {
  setLocale(locale: string): Promise<void>;
  getLocale(): string;
}

/** A page in an iframe with every documented example on it, rendered by the built standalone kit. */
export interface ExamplesPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { KyrWidgets: KitApi };
  doc: Document;
  /** The element each example is wrapped in (its "card" box, when `card` is set). */
  boxes: HTMLElement[];
  widgets: Array<HTMLElement & { updateComplete: Promise<boolean> }>;
  examples: Array<{ tag: KyrTag; example: Example; widget: HTMLElement }>;
  /** Waits until every widget has rendered its latest state. */
  settled(): Promise<void>;
  close(): void;
}

export interface ExamplesPageOptions {
  /** The iframe's (viewport) width in CSS px. */
  width?: number;
  /** Puts each example in a box this wide, as a sidebar would. */
  card?: number;
  locale?: string;
  /** `html { font-size }` of the page: a reader's larger default text, or a 62.5% host. */
  rootFontSize?: string;
  /** Body class: `kyr-theme-dark`, `kyr-theme-partner`… */
  theme?: string;
  height?: number;
}

const rtl = new Set(['ar', 'ur']);

/** Opens the page and waits until every example has rendered in `locale`. */
export async function openExamplesPage({ width = 320, card, locale = 'en', rootFontSize, theme, height = 900 }: ExamplesPageOptions = {}): Promise<ExamplesPage> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.title = `examples ${locale} ${width}px`;
  frame.srcdoc = `<!doctype html>
<html lang="${locale}" dir="${rtl.has(locale) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8" />
<title>examples</title>
<link rel="stylesheet" href="/dist/themes/light.css" />
<link rel="stylesheet" href="/dist/themes/dark.css" />
<link rel="stylesheet" href="/dist/themes/partner-example.css" />
<style>
  ${rootFontSize ? `html { font-size: ${rootFontSize}; }` : ''}
  body { margin: 0; padding: 8px; }
  body.kyr-theme-dark { background: #121417; }
  .box { ${card ? `inline-size: ${card}px;` : ''} margin-block-end: 16px; }
</style>
<script src="/dist/kyr-widgets.standalone.js"></script>
</head>
<body class="${theme ?? ''}"></body>
</html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ExamplesPage['win'];
  const doc = frame.contentDocument!;
  const examples: ExamplesPage['examples'] = [];
  const boxes: HTMLElement[] = [];
  for (const { tag, examples: list } of allExamples) {
    for (const example of list) {
      const box = doc.createElement('div');
      box.className = 'box';
      box.dataset.example = `${tag}/${example.name}`;
      const widget = createExample(tag, example, doc);
      box.append(widget);
      doc.body.append(box);
      boxes.push(box);
      examples.push({ tag, example, widget });
    }
  }
  const widgets = examples.map((e) => e.widget) as ExamplesPage['widgets'];
  const settled = async () => {
    await Promise.all(widgets.map((w) => w.updateComplete));
  };
  await Promise.all(allExamples.map(({ tag }) => win.customElements.whenDefined(tag)));
  await win.KyrWidgets.setLocale(locale);
  await settled();
  await doc.fonts.ready;
  return { frame, win, doc, boxes, widgets, examples, settled, close: () => frame.remove() };
}

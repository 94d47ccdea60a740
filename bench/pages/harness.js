// Measures one page load in the browser; bench/run.mjs reads window.benchResult, then may call
// window.benchSwitch() (the kit only) to time a language switch on its own.
// ?target=kit|baseline|floor|peer|peerContent  &mode=load|scale
const params = new URLSearchParams(location.search);
const target = params.get('target') ?? 'kit';
const mode = params.get('mode') ?? 'load';

const kitTags = ['kyr-language-picker', 'kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer'];
const peerTags = ['sl-card', 'sl-select', 'sl-option', 'sl-details', 'sl-button'];
const targets = {
  kit: { script: '/dist/kyr-widgets.js', tags: kitTags, scaleTag: 'kyr-hotline-card' },
  // The kit before the change (bench/baseline.json), built into bench/.out/baseline/dist.
  baseline: { script: '/bench/.out/baseline/dist/kyr-widgets.js', tags: kitTags, scaleTag: 'kyr-hotline-card' },
  floor: { script: '/bench/.out/lit-floor/index.js', tags: ['bench-floor'], scaleTag: 'bench-floor' },
  peer: { script: '/bench/.out/shoelace/index.js', tags: peerTags, scaleTag: 'sl-card' },
  // The kit's words with the peer's components (bench/peer-content.mjs writes the page); loads only.
  peerContent: { script: '/bench/.out/shoelace/index.js', tags: peerTags, scaleTag: 'sl-card' },
};

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
let cls = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) cls += entry.value;
}).observe({ type: 'layout-shift', buffered: true });

const elementsOf = (tags) => tags.flatMap((tag) => [...document.querySelectorAll(tag)]);
const settle = (elements) => Promise.all(elements.map((el) => el.updateComplete ?? Promise.resolve()));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** The text a reader sees: light DOM, shadow roots, and light children a shadow root slots in. */
function visibleText(root = document.body) {
  let text = '';
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) text += ` ${node.nodeValue}`;
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.localName === 'style' || node.localName === 'script' || node.localName === 'template' || node.id === 'scale') return;
    if (node.shadowRoot) {
      walk(node.shadowRoot);
      if (!node.shadowRoot.querySelector('slot')) return;
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return text;
}

/**
 * Time from the moment the page requested the script (its resource timing start: download,
 * parse, run) until every element has rendered and every layout pass has settled: after the
 * updates, frames are stepped until one passes with no pending update and no change in the
 * page's size (sections laid out a frame later, images, lazy renders count).
 */
async function rendered({ script, tags }) {
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  let settledAt;
  for (let i = 0; i < 600; i++) {
    const elements = elementsOf(tags);
    await settle(elements);
    void document.body.offsetHeight; // style and layout now
    const size = `${document.documentElement.scrollWidth}×${document.documentElement.scrollHeight}`;
    settledAt = performance.now();
    await nextFrame();
    const quiet = elementsOf(tags).every((el) => !el.isUpdatePending) && size === `${document.documentElement.scrollWidth}×${document.documentElement.scrollHeight}`;
    if (quiet && elementsOf(tags).every((el) => el.hasUpdated !== false)) break;
  }
  const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === script);
  return { renderMs: settledAt - entry.startTime, scriptStart: entry.startTime, settledAt };
}

async function run() {
  const config = targets[target];
  const result = { target, ...(await rendered(config)) };
  if (mode === 'load') {
    await frame();
    result.cls = cls;
    const during = longTasks.filter((task) => task.start < result.settledAt);
    result.longTasks = during.length;
    result.longTaskMs = during.reduce((sum, task) => sum + task.duration, 0);
    result.longestTaskMs = Math.max(0, ...during.map((task) => task.duration));
    result.blockingMs = during.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
    result.fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    result.words = visibleText().split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    if (target === 'kit' || target === 'baseline') {
      const module = await import(config.script);
      // English → Arabic with the chunk cached, timed on its own after the load's metrics are read.
      window.benchSwitch = async () => {
        const widgets = elementsOf(config.tags);
        await module.setLocale('ar'); // fetch the chunk once
        await module.setLocale('en');
        await settle(widgets);
        void document.body.offsetHeight;
        await frame();
        // What the reader sees: the widgets on the 375 × 812 screen (the page is at its top).
        const onScreen = widgets.filter((w) => w.getBoundingClientRect().top < innerHeight);
        const start = performance.now();
        await module.setLocale('ar');
        await settle(onScreen);
        void document.body.offsetHeight;
        const onScreenMs = performance.now() - start;
        const onScreenSwitched = onScreen.every((w) => w.shadowRoot.firstElementChild.getAttribute('dir') === 'rtl');
        await settle(widgets);
        void document.body.offsetHeight;
        const switchMs = performance.now() - start;
        return { switchMs, onScreenMs, onScreen: onScreen.length, switchedAll: onScreenSwitched && widgets.every((w) => w.shadowRoot.firstElementChild.getAttribute('dir') === 'rtl') };
      };
    }
  } else {
    const container = document.getElementById('scale');
    result.scale = {};
    for (const n of [1, 10, 100, 1000]) {
      container.replaceChildren();
      await frame();
      const start = performance.now();
      // The peer's unit is its whole card (text, select, details, button), like a hotline card.
      const template = document.querySelector(config.scaleTag);
      const elements = Array.from({ length: n }, () =>
        target === 'peer' ? template.cloneNode(true) : document.createElement(config.scaleTag),
      );
      container.append(...elements);
      await settle(target === 'peer' ? elements.flatMap((card) => [card, ...card.querySelectorAll('*')]) : elements);
      void document.body.offsetHeight;
      result.scale[n] = performance.now() - start;
    }
    container.replaceChildren();
  }
  window.benchResult = result;
}

run().catch((error) => {
  window.benchResult = { error: String(error) };
});

// Measures one page load in the browser; bench/run.mjs reads window.benchResult.
// ?target=kit|floor|peer  &mode=load|scale
const params = new URLSearchParams(location.search);
const target = params.get('target') ?? 'kit';
const mode = params.get('mode') ?? 'load';

const targets = {
  kit: {
    script: '/dist/kyr-widgets.js',
    tags: ['kyr-language-picker', 'kyr-hotline-card', 'kyr-rights-summary', 'kyr-detainer-explainer'],
    scaleTag: 'kyr-hotline-card',
  },
  floor: { script: '/bench/.out/lit-floor/index.js', tags: ['bench-floor'], scaleTag: 'bench-floor' },
  peer: { script: '/bench/.out/shoelace/index.js', tags: ['sl-card', 'sl-select', 'sl-option', 'sl-details', 'sl-button'], scaleTag: 'sl-card' },
};

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
let cls = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) cls += entry.value;
}).observe({ type: 'layout-shift', buffered: true });

const settle = (elements) => Promise.all(elements.map((el) => el.updateComplete ?? Promise.resolve()));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Time from the moment the page requested the kit's script (its resource timing
 * start: download, parse, run) until every element has rendered and laid out.
 */
async function rendered({ script, tags }) {
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  await settle(tags.flatMap((tag) => [...document.querySelectorAll(tag)]));
  void document.body.offsetHeight; // include style and layout
  const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === script);
  return performance.now() - entry.startTime;
}

async function run() {
  const config = targets[target];
  const renderMs = await rendered(config);
  const result = { target, renderMs };
  const module = target === 'kit' ? await import(config.script) : undefined;
  if (mode === 'load') {
    await frame();
    await frame();
    result.cls = cls;
    result.longTasks = longTasks.length;
    result.longTaskMs = longTasks.reduce((a, b) => a + b, 0);
    if (target === 'kit') {
      const widgets = config.tags.flatMap((tag) => [...document.querySelectorAll(tag)]);
      await module.setLocale('ar'); // fetch the chunk once
      await module.setLocale('en');
      await settle(widgets);
      const start = performance.now();
      await module.setLocale('ar');
      await settle(widgets);
      void document.body.offsetHeight;
      result.switchMs = performance.now() - start;
      result.switchedAll = widgets.every((w) => w.shadowRoot.firstElementChild.getAttribute('dir') === 'rtl');
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

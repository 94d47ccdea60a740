/**
 * The loader: the script-tag ES build's entry (`dist/kyr-widgets.js`, export
 * `kyr-widgets/kyr-widgets.js` in browsers), a small loader with no static import, so what it
 * starts is fetched one level below the page, in parallel: the kit (every element, in one file
 * that compresses as one) and, on a non-English page, the starting language, which the kit would
 * otherwise ask for only once it had arrived. Server-rendered widgets are taken over once the
 * kit, their language and Lit's hydrate support are in.
 */
import { hasServerRenderedWidgets } from '../shared/tags.js';
import { loadLocaleLazily } from '../i18n/lazy-locales.js';
import { pageLocale } from '../i18n/page-locale.js';

/**
 * The files of some lazily imported modules (their chunk and its dependencies), written by the
 * build (loaderDependencies in vite.config.ts); none where the source runs unbundled.
 */
declare function kyrDependencies(): Record<string, readonly string[] | undefined>;
const dependencies = typeof kyrDependencies === 'function' ? kyrDependencies() : {};

/** Imports `module` (named from src/, as the build names it), its chunk's dependencies fetched beside it. */
function withDependencies<T>(module: string, load: () => Promise<T>): Promise<T> {
  for (const file of dependencies[module] ?? []) import(/* @vite-ignore */ file).catch(() => undefined);
  return load();
}

// The starting language downloads now, beside the kit; the kit's runtime asks for the same module
// and gets this download. A failed one is reported by the runtime's own request.
const starting = pageLocale(true);
if (starting !== 'en') loadLocaleLazily(starting).catch(() => undefined);

const hydrateSupport = hasServerRenderedWidgets()
  ? import('../hydration/after-lit.js').then(
      ({ installHydrateSupport }) => installHydrateSupport(),
      // Without it the widgets still render (their server HTML is replaced, see KyrElement).
      (error: unknown) => console.error('kyr-widgets: could not load hydrate support.', error),
    )
  : undefined;

const kit = await withDependencies('entries/core', () => import('./core.js'));

// The tags are defined at once, so a framework sees their properties; each widget's first render
// waits for the starting language (KyrElement), never English first. Server-rendered widgets are
// taken over once their language and the hydrate support are in, in turns (see defineAllInTurns).
if (hydrateSupport) kit.whenStartingLocaleReady(loadLocaleLazily, () => void hydrateSupport.then(kit.defineAllInTurns));
else {
  kit.startLocalization(loadLocaleLazily);
  kit.defineAll();
}

// The public API (src/public-api.ts), as the kit chunk exports it.
export const {
  VERSION,
  allLocales,
  endonyms,
  getLocale,
  setLocale,
  elements,
  defineAll,
  defineElement,
  KyrDetainerExplainer,
  KyrHotlineCard,
  KyrLanguagePicker,
  KyrRightsSummary,
} = kit;
export type { LocaleCode } from '../public-api.js';
export type { DecisionDetail, DecisionOutcome, DecisionReason, FeedbackAnswer, FeedbackDetail, KyrEventMap, LocaleChangeDetail } from '../events.js';

// What a Chromium trace says about one page load: the font setup the renderer asked the browser
// process for (each a synchronous round trip the first time in a tab), and its main-thread tasks.
//
// On Linux, Chromium's renderer asks the browser process to match each font family by name
// (FontDataManager::onMatchFamilyStyle, the family named in the browser's
// FontDataServiceImpl::MatchFamilyName), maps each matched font file
// (FontDataManager::onMakeFromStreamArgs, with its size), and asks for the render settings of each
// face at each size (WebSandboxSupportLinux::GetWebFontRenderStyleForStrike).

/** Categories for `Tracing.start`: font IPC, and the main thread's tasks and paints. */
export const TRACE_CATEGORIES = ['fonts', 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'blink.user_timing'];

/** Starts tracing on a page's CDP session; call the returned function to stop and get the events. */
export async function startTrace(cdp) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/**
 * Font setup and main-thread tasks of the page's renderer (the main frame's process), from
 * navigation to `untilMs` after it (performance.now() in the page), or the end of the trace.
 */
export function summarizeTrace(events, { untilMs = Infinity } = {}) {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const pid = started?.args?.data?.frames?.find((frame) => !frame.parent)?.processId;
  const renderer = events.filter((e) => e.pid === pid);
  const mainTid = renderer.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const browserMatches = events.filter((e) => e.name === 'FontDataServiceImpl::MatchFamilyName');
  const familyMatches = renderer.filter((e) => e.name === 'FontDataManager::onMatchFamilyStyle');
  const families = familyMatches.map((m) => browserMatches.find((b) => b.ts >= m.ts && b.ts <= m.ts + (m.dur ?? 0))?.args?.family_name ?? '?');
  const strikes = renderer.filter((e) => e.name === 'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike');
  const maps = renderer.filter((e) => e.name === 'FontDataManager::onMakeFromStreamArgs');
  const fontMs = [...familyMatches, ...strikes, ...maps].reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  // Main-thread tasks of the renderer (nested RunTask events counted once, at the top level).
  const tasks = renderer
    .filter((e) => e.tid === mainTid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
    .sort((a, b) => a.ts - b.ts);
  const top = [];
  for (const task of tasks) if (!top.length || task.ts >= top.at(-1).ts + top.at(-1).dur) top.push(task);
  const navigation = renderer.filter((e) => e.name === 'navigationStart').at(-1)?.ts ?? top[0]?.ts ?? 0;
  const end = navigation + untilMs * 1000;
  const fcp = renderer.find((e) => e.name === 'firstContentfulPaint')?.ts;
  const during = top.filter((t) => t.ts >= navigation && t.ts < end);
  const durations = during.map((t) => t.dur / 1000);
  const afterFcp = fcp === undefined ? [] : during.filter((t) => t.ts >= fcp).map((t) => t.dur / 1000);
  const blocking = (list) => list.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0);
  return {
    familyMatches: familyMatches.length,
    families: [...new Set(families)],
    faceSizeSetups: strikes.length,
    filesMapped: maps.length,
    mappedMB: maps.reduce((sum, e) => sum + (e.args?.size ?? 0), 0) / 1e6,
    fontIpcMs: fontMs,
    longestTaskMs: Math.max(0, ...durations),
    blockingMs: blocking(durations),
    blockingAfterFcpMs: blocking(afterFcp),
  };
}

import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

/** axe-core as @open-wc/testing loads it (a script that registers window.axe). */
async function axe(): Promise<{ run(context: ElementContext, options: RunOptions): Promise<AxeResults> }> {
  const win = window as unknown as { axe?: Awaited<ReturnType<typeof axe>> };
  if (!win.axe) await import('axe-core/axe.min.js' as string);
  return win.axe!;
}

/**
 * axe's violations in `context`, one readable line per element: `[]` when there are none.
 * Unlike `expect(el).to.be.accessible()`, it can run only some rules (`runOnly`).
 */
export async function axeViolations(context: ElementContext, options: RunOptions = {}): Promise<string[]> {
  const results = await (await axe()).run(context, { resultTypes: ['violations'], ...options });
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

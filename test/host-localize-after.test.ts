import { expectBothWork, importKit, startHostApp } from './helpers/host-app.js';

describe('a host app that configures its own @lit/localize after the kit has started (npm graph)', () => {
  it('keeps its own language, and the kit’s widgets switch theirs', async () => {
    const kit = await importKit();
    // The kit's language starts on first use: a connected widget.
    const early = document.body.appendChild(document.createElement('kyr-hotline-card'));
    await (early as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    early.remove();
    const host = startHostApp();
    await expectBothWork(host, kit);
  });
});

import { expectBothWork, importKit, startHostApp } from './helpers/host-app.js';

describe('a host app that configures its own @lit/localize before importing the kit (npm graph)', () => {
  it('keeps its own language, and the kit’s widgets switch theirs', async () => {
    const host = startHostApp();
    const kit = await importKit();
    await expectBothWork(host, kit);
  });
});

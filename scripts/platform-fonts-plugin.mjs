import { execFileSync } from 'node:child_process';

// A web-test-runner command that asks Chromium which font faces rendered the text of the kyr
// widgets on the test page (DevTools' CSS.getPlatformFontsForNode, per element with text),
// with each element's size, weight and style. Says `supported: false` where the browser has no
// such report (Firefox), so a test can skip there, and lists the font families installed here
// (fontconfig), so a test can tell a wrong choice from a missing font.

/** Every element with its own text inside a kyr-* shadow root, from a DOM snapshot that pierces shadow roots. */
function textElements(node, inWidget = false, found = []) {
  if (node.nodeType === 1 && inWidget && (node.children ?? []).some((child) => child.nodeType === 3 && child.nodeValue.trim())) found.push(node);
  for (const child of node.children ?? []) textElements(child, inWidget, found);
  for (const root of node.shadowRoots ?? []) textElements(root, inWidget || node.localName.startsWith('kyr-'), found);
  return found;
}

export function platformFontsPlugin() {
  return {
    name: 'kyr-platform-fonts',
    async executeCommand({ command, session }) {
      if (command !== 'kyr-platform-fonts') return undefined;
      const page = session.browser.getPage?.(session.id);
      let cdp;
      try {
        cdp = await page.createCDPSession();
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
      } catch {
        return { supported: false, used: [], installed: [] };
      }
      try {
        // The report reads the last layout: bring it up to date with the DOM first.
        await cdp.send('Runtime.evaluate', { expression: 'void document.documentElement.offsetHeight' });
        const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        const used = [];
        for (const node of textElements(root)) {
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId });
          const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId });
          const style = Object.fromEntries(computedStyle.map(({ name, value }) => [name, value]));
          const text = node.children.filter((child) => child.nodeType === 3).map((child) => child.nodeValue).join('').trim().slice(0, 40);
          for (const font of fonts) {
            used.push({ family: font.familyName, face: font.postScriptName, glyphs: font.glyphCount, size: style['font-size'], weight: style['font-weight'], style: style['font-style'], element: node.localName, text });
          }
        }
        let installed = [];
        try {
          installed = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' }).split('\n').flatMap((line) => line.split(','));
        } catch {
          // No fontconfig: nothing known to be installed.
        }
        return { supported: true, used, installed: [...new Set(installed.map((family) => family.trim()).filter(Boolean))] };
      } finally {
        await cdp.detach();
      }
    },
  };
}

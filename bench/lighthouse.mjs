// Lighthouse's mobile total blocking time (simulated 4× CPU and a slow 4G network, its defaults),
// for pages the bench server serves. Medians of a few runs; each run is a fresh Chromium.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** { [label]: { tbtMs, longestTaskMs, runs } } for each `{ label, url }`. */
export async function lighthouseMobile(pages, runs = 3) {
  const results = {};
  for (const { label, url } of pages) {
    const tbt = [];
    const longest = [];
    for (let i = 0; i < runs; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      try {
        const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        tbt.push(lhr.audits['total-blocking-time'].numericValue);
        const tasks = lhr.audits['long-tasks']?.details?.items ?? [];
        longest.push(Math.max(0, ...tasks.map((task) => task.duration)));
      } finally {
        await chrome.kill();
      }
    }
    results[label] = { tbtMs: median(tbt), longestTaskMs: median(longest), runs };
  }
  return results;
}

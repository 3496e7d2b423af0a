/**
 * Lighthouse (mobile, its default: Moto G-class device, simulated slow 4G)
 * on one page, several runs, median per category.
 *
 * In:  a URL (the page served compressed by scripts/serve.mjs) and a number
 *      of runs.
 * Out: for each category (performance, accessibility, best practices, SEO)
 *      the median score of the runs (0-100), the median of the main
 *      performance metrics, and the failing audits of the median run.
 *
 * Chromium and its flags: scripts/chromium.mjs (else whatever chrome-launcher finds).
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {CHROMIUM_FLAGS, chromiumPath} from '../chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

export async function runLighthouse(url, {runs = 3} = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [...CHROMIUM_FLAGS],
  });
  const results = [];
  try {
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const {lhr} = result;
      if (lhr.runtimeError)
        throw new Error(
          `Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
        );
      results.push(lhr);
    }
  } finally {
    chrome.kill();
  }
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      median(results.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100))),
    ]),
  );
  const metrics = Object.fromEntries(
    METRICS.map((m) => [m, median(results.map((r) => r.audits[m]?.numericValue ?? NaN))]),
  );
  // The run whose performance score is the median: its failing audits explain the scores.
  const byPerf = [...results].sort(
    (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
  );
  const mid = byPerf[Math.floor((byPerf.length - 1) / 2)];
  if (!mid) throw new Error(`Lighthouse: no run of ${url}`);
  const failing = Object.values(mid.audits)
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 0.9 &&
        a.scoreDisplayMode !== 'informative' &&
        a.scoreDisplayMode !== 'notApplicable' &&
        a.scoreDisplayMode !== 'manual',
    )
    .map((a) => a.id);
  return {
    url,
    runs,
    scores,
    metrics,
    failing,
    totalByteWeight: mid.audits['total-byte-weight']?.numericValue,
  };
}

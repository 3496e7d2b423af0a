/**
 * What a reader's browser downloads to show one page.
 *
 * In:  a Playwright page and the address of a page served by scripts/serve.mjs.
 * Out: the page's HTML and every JavaScript and CSS file the browser fetched
 *      until the network went quiet (scripts it ran and chunks Docusaurus
 *      prefetched for links in view), each with its size raw and gzipped,
 *      and the number of distinct requests.
 *
 * Sizes are gzip (zlib level 6, what scripts/serve.mjs and most hosts send)
 * of the bytes served, computed here rather than read off the wire, so the
 * figure is the same on every run and every machine: budgets can be checked
 * in tests.
 */
import zlib from 'node:zlib';

export const KiB = 1024;

/** How long the network must stay quiet after hydration for the page to count as loaded. */
const QUIET_MS = 1000;

const gz = (buf) => zlib.gzipSync(buf, {level: 6}).length;

function kindOf(resourceType, pathname) {
  if (/\.m?js$/.test(pathname)) return resourceType === 'script' ? 'script' : 'prefetch';
  if (/\.css$/.test(pathname)) return 'css';
  if (resourceType === 'document') return 'html';
  return 'other';
}

/**
 * Loads `url` in `page` and weighs it. Give it a page of a new browser
 * context: an empty cache, as on a first visit.
 * Each distinct URL counts once: a chunk Docusaurus prefetched and then ran
 * is one download.
 */
export async function weighPage(page, url) {
  const seen = new Map();
  const onFinished = async (request) => {
    const href = request.url();
    if (seen.has(href) || href.startsWith('data:')) return;
    /** @type {{url: string, resourceType: string, body: Buffer | undefined}} */
    const entry = {url: href, resourceType: request.resourceType(), body: undefined};
    seen.set(href, entry);
    // The browser doesn't hand out the bodies of prefetched files: ask the
    // server for each file again, uncompressed.
    const response = await fetch(href, {headers: {'accept-encoding': 'identity'}});
    if (response.ok) entry.body = Buffer.from(await response.arrayBuffer());
  };
  const pending = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const onRequest = () => {
    inFlight++;
    lastActivity = Date.now();
  };
  const onDone = (request) => {
    inFlight--;
    lastActivity = Date.now();
    pending.push(onFinished(request));
  };
  const onFailed = () => {
    inFlight--;
    lastActivity = Date.now();
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onFailed);
  try {
    const response = await page.goto(url, {waitUntil: 'load'});
    if (!response || response.status() !== 200) {
      throw new Error(`weighPage: ${url} answered ${response?.status() ?? 'nothing'}`);
    }
    // Done when React has hydrated the page (Docusaurus then marks <html>)
    // and the network has been quiet for QUIET_MS: on a busy machine the gap
    // between the main bundle and the page's own chunks can outlast
    // Playwright's 'networkidle'.
    await page
      .locator('html[data-has-hydrated="true"]')
      .waitFor({state: 'attached', timeout: 60_000});
    const started = Date.now();
    while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) {
      if (Date.now() - started > 60_000) throw new Error(`weighPage: ${url} never went quiet`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(pending);
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onFailed);
  }

  const files = [];
  for (const entry of seen.values()) {
    const {pathname} = new URL(entry.url);
    const kind = kindOf(entry.resourceType, pathname);
    if (!entry.body) throw new Error(`weighPage: no body for ${entry.url} (${entry.resourceType})`);
    files.push({path: pathname, kind, bytes: entry.body.length, gz: gz(entry.body)});
  }
  const sum = (kinds) =>
    files
      .filter((f) => kinds.includes(f.kind))
      .reduce((a, f) => ({bytes: a.bytes + f.bytes, gz: a.gz + f.gz}), {bytes: 0, gz: 0});
  return {
    url,
    html: sum(['html']),
    js: sum(['script', 'prefetch']),
    jsRun: sum(['script']),
    jsPrefetched: sum(['prefetch']),
    css: sum(['css']),
    requests: files.length,
    files: files.sort((a, b) => b.gz - a.gz),
  };
}

/** KiB with one decimal, for reports. */
export const kib = (bytes) => Math.round((bytes / KiB) * 10) / 10;

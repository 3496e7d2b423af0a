/**
 * Where an article page's main thread goes on a phone, by task and by
 * module: a Chromium trace with the V8 CPU profiler's samples, under 4x CPU
 * throttling (the slowdown Lighthouse's mobile profile assumes).
 *
 * In:  page paths of a build (`--dir build`, served by scripts/serve.mjs),
 *      or `name=url` pairs (pages of builds already served, profiled in
 *      turn, round by round); a phone (Lighthouse's
 *      mobile screen: 412x823, touch) or `--desktop` (1280x800). The build's
 *      JavaScript source maps (`SITE_SOURCE_MAPS=hidden npm run build`, see
 *      src/plugins/page-weight), fetched beside each script, name the module
 *      of each sampled function; without them the script file is named.
 * Out: per page, the median over `--runs` of: main-thread milliseconds by
 *      kind of work (Lighthouse's task groups), the script time split by
 *      owner (React, Docusaurus' client runtime and generated route table,
 *      theme, the site's own code, libraries), the long tasks (over 50 ms)
 *      each split the same way and by function, and the modules and functions with the most
 *      self time; and the main thread's own CPU time (`cpuMs`, `cpuScriptingMs`:
 *      the trace's thread time, unthrottled, without the time spent waiting
 *      for a core), steadier than wall-clock figures and total blocking time
 *      on a shared machine. `--json file` writes it all.
 *
 * The trace is read with Lighthouse's own trace model (tasks, groups, CPU
 * profile events): Lighthouse ~12.8 (fenced: a version whose model lacks
 * these stops here, naming them).
 *
 * Usage: node scripts/bench/profile.mjs [--dir <build>] [--runs 3] [--desktop]
 *          [--idle 4000] [--json out.json] (<path> | <name>=<url>)...
 *        node scripts/bench/profile.mjs --make <n>
 * `--make n` builds a copy of the site with the benchmark's corpus of n
 * articles per locale (1: the real site) and its source maps, prints the
 * copy's folder and build time, and keeps it (remove it when done).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {fileURLToPath} from 'node:url';
import {chromium} from '@playwright/test';
import {SourceMapConsumer} from 'source-map-js';
import {CHROMIUM_FLAGS, chromiumPath} from '../chromium.mjs';
import {startServer} from './server.mjs';
import {copySite, build} from './site.mjs';
import {writeCorpus} from './corpus.mjs';

const LIGHTHOUSE = 'lighthouse/core/lib/tracehouse';
/** @type {any} */
let tracehouse;
async function loadTracehouse() {
  if (tracehouse) return tracehouse;
  try {
    const [{TraceProcessor}, {MainThreadTasks}, {CpuProfileModel}] = await Promise.all([
      import(`${LIGHTHOUSE}/trace-processor.js`),
      import(`${LIGHTHOUSE}/main-thread-tasks.js`),
      import(`${LIGHTHOUSE}/cpu-profile-model.js`),
    ]);
    for (const [name, fn] of [
      ['TraceProcessor.processTrace', TraceProcessor?.processTrace],
      ['MainThreadTasks.getMainThreadTasks', MainThreadTasks?.getMainThreadTasks],
      ['CpuProfileModel.collectProfileEvents', CpuProfileModel?.collectProfileEvents],
    ])
      if (typeof fn !== 'function') throw new Error(`${name} is missing`);
    tracehouse = {TraceProcessor, MainThreadTasks, CpuProfileModel};
    return tracehouse;
  } catch (error) {
    throw new Error(
      `scripts/bench/profile.mjs reads traces with Lighthouse's ${LIGHTHOUSE} (written for 12.8): ${String(error)}`,
    );
  }
}

/** Chromium's trace categories: Lighthouse's timeline ones and the CPU profiler's samples. */
const CATEGORIES = [
  '-*',
  'toplevel',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];

/** Lighthouse's mobile screen (Moto G Power) and a desktop one. */
const SCREENS = {
  phone: {
    viewport: {width: 412, height: 823},
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  },
  desktop: {
    viewport: {width: 1280, height: 800},
    deviceScaleFactor: 1,
    isMobile: false,
    hasTouch: false,
  },
};

/**
 * Who a source file belongs to. Order matters: the first match wins.
 * @type {[string, RegExp][]}
 */
const OWNERS = [
  ['react', /node_modules\/(react-dom|react|scheduler)\//],
  ['docusaurus: route table', /(^|\/)\.docusaurus[^/]*\/(routes|registry|routesChunkNames)/],
  ['docusaurus: generated data', /(^|\/)\.docusaurus[^/]*\//],
  [
    'docusaurus: client runtime',
    /node_modules\/(@docusaurus\/(core|router)|react-router|react-router-dom|react-router-config|react-helmet-async|react-loadable|history|@react-loadable|path-to-regexp|invariant|tiny-)/,
  ],
  ['webpack runtime', /^webpack\/|webpack\/runtime|\(webpack\)/],
  [
    'theme',
    /node_modules\/@docusaurus\/(theme-classic|theme-common|theme-translations|plugin-content-docs|plugin-content-pages|utils-common)\//,
  ],
  ['search library', /node_modules\/@easyops-cn\//],
  ['ours: lazy routes, page weight', /(^|\/)src\/plugins\/(lazy-routes|page-weight)\//],
  ['ours', /(^|\/)src\//],
  ['libraries', /node_modules\//],
];

/** @param {string} source */
export function ownerOf(source) {
  const s = source.replace(/\\/g, '/').replace(/^webpack:\/\/[^/]*\//, '');
  for (const [owner, re] of OWNERS) if (re.test(s)) return owner;
  return 'other script';
}

/** Source maps of the served scripts (`<script>.map`, as the build writes them), fetched once per URL. */
class SourceMaps {
  constructor() {
    /** @type {Map<string, SourceMapConsumer | null>} */
    this.maps = new Map();
  }

  /** Fetches the maps of these script URLs (a missing map: the script is named instead). */
  async load(/** @type {Iterable<string>} */ urls) {
    for (const url of urls) {
      if (this.maps.has(url) || !/^https?:/.test(url)) continue;
      const response = await fetch(`${url}.map`).catch(() => undefined);
      this.maps.set(
        url,
        response?.ok ? new SourceMapConsumer(JSON.parse(await response.text())) : null,
      );
    }
  }

  /** @param {string} url */
  consumer(url) {
    return this.maps.get(url) ?? null;
  }

  /**
   * The module a function of a script comes from, or the script's name.
   * @param {{url: string, lineNumber: number, columnNumber: number}} frame 0-based line and column
   */
  source(frame) {
    const consumer = this.consumer(frame.url);
    const file = path.basename(new URL(frame.url).pathname);
    if (!consumer) return file;
    // A script's own top level (a chunk's JSONP call, the bundle's start).
    if (frame.lineNumber === 0 && frame.columnNumber === 0) return `${file} (top level)`;
    const pos = consumer.originalPositionFor({
      line: frame.lineNumber + 1,
      column: Math.max(0, frame.columnNumber),
      bias: SourceMapConsumer.LEAST_UPPER_BOUND,
    });
    return pos.source ?? `${file} (unmapped)`;
  }
}

const NON_JS = new Set(['(program)', '(idle)', '(root)', '(garbage collector)']);

/**
 * Self time of each CPU-profile sample, attributed to the nearest frame
 * with a script URL (builtins such as JSON.parse count for their caller).
 * @returns {{ts: number, ms: number, kind: string, source?: string, fn?: string}[]} kind: js, gc, program or idle
 */
function samplesOf(profile, maps) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map();
  for (const n of profile.nodes) {
    if (n.parent !== undefined) parentOf.set(n.id, n.parent);
    for (const child of n.children ?? []) parentOf.set(child, n.id);
  }
  /** @type {Map<number, {kind: string, source?: string, fn?: string}>} */
  const who = new Map();
  const whoIs = (id) => {
    const cached = who.get(id);
    if (cached) return cached;
    const node = nodes.get(id);
    const name = node?.callFrame.functionName ?? '';
    let result;
    if (name === '(garbage collector)') result = {kind: 'gc'};
    else if (name === '(idle)') result = {kind: 'idle'};
    else if (NON_JS.has(name)) result = {kind: 'program'};
    else {
      let at = node;
      while (at && !/^https?:/.test(at.callFrame.url)) at = nodes.get(parentOf.get(at.id));
      if (!at) result = {kind: 'js', source: '(no script)', fn: name || '(anonymous)'};
      else
        result = {
          kind: 'js',
          source: maps.source(at.callFrame),
          fn: `${at.callFrame.functionName || '(anonymous)'}`,
        };
    }
    who.set(id, result);
    return result;
  };
  const out = [];
  let ts = profile.startTime;
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    ts += deltas[i] ?? 0;
    const next = deltas[i + 1] ?? 0;
    out.push({ts, ms: next / 1000, ...whoIs(profile.samples[i])});
  }
  return out;
}

/** A sampled function and the file it is in: `n.l (load_script)`. */
const functionKey = (/** @type {{fn?: string, source?: string}} */ s) =>
  `${s.fn} (${path.basename(s.source ?? '')})`;

const add = (/** @type {Record<string, number>} */ into, key, ms) => {
  into[key] = (into[key] ?? 0) + ms;
};
const rounded = (/** @type {Record<string, number>} */ o) =>
  Object.fromEntries(
    Object.entries(o)
      .filter(([, v]) => v >= 0.5)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => [k, Math.round(v)]),
  );

/**
 * One traced load of a page: tasks and samples, analysed.
 * @param {import('@playwright/test').Browser} browser
 */
async function profileOnce(browser, url, {screen, idleMs, maps}) {
  const {TraceProcessor, MainThreadTasks, CpuProfileModel} = await loadTracehouse();
  const context = await browser.newContext({...SCREENS[screen]});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  await browser.startTracing(page, {categories: CATEGORIES});
  await page.goto(url, {waitUntil: 'load'});
  // What waits for idle (later hydration, idle callbacks) happens in this window too.
  await page.waitForTimeout(idleMs);
  const buffer = await browser.stopTracing();
  await context.close();
  const trace = JSON.parse(buffer.toString('utf8'));
  const processed = TraceProcessor.processTrace(trace);
  const start = processed.timeOriginEvt.ts;
  const tasks = MainThreadTasks.getMainThreadTasks(
    processed.mainThreadEvents,
    processed.frames,
    processed.timestamps.traceEnd,
    start,
  ).filter((t) => t.endTime >= 0);
  const {pid, tid} = processed.mainThreadEvents[0];
  // Only the page's renderer: each renderer's profiler numbers its profile
  // 0x1, and Lighthouse's collector keys profiles by that id alone, so with
  // a second renderer in the trace (the tab's first, blank document) the
  // two merged and the page's samples were often lost.
  const profiles = CpuProfileModel.collectProfileEvents(
    trace.traceEvents.filter((e) => e.pid === pid),
  ).filter((p) => p.pid === pid && p.tid === tid);
  await maps.load(new Set(profiles.flatMap((p) => p.nodes.map((n) => n.callFrame.url))));
  const samples = profiles.flatMap((p) => samplesOf(p, maps)).filter((s) => s.ts >= start);

  /** @type {Record<string, number>} */
  const byGroup = {};
  /** @type {Record<string, number>} */
  const byEvent = {};
  for (const t of tasks) {
    add(byGroup, t.group.id, t.selfTime);
    add(byEvent, t.event.name, t.selfTime);
  }
  const js = samples.filter((s) => s.kind === 'js');
  /** @type {Record<string, number>} */
  const byOwner = {};
  /** @type {Record<string, number>} */
  const bySource = {};
  /** @type {Record<string, number>} */
  const byFunction = {};
  for (const s of js) {
    const source = s.source ?? '';
    add(byOwner, ownerOf(source), s.ms);
    add(bySource, source.replace(/^webpack:\/\/[^/]*\//, ''), s.ms);
    add(byFunction, functionKey(s), s.ms);
  }
  for (const s of samples) if (s.kind === 'gc') add(byOwner, 'garbage collection', s.ms);

  const topLevel = tasks.filter((t) => !t.parent);
  // Thread time (the trace's `tdur`): what the main thread ran, without the
  // time it waited for a core on a busy machine or for the CPU throttle.
  const SCRIPT_GROUPS = new Set(['scriptEvaluation', 'scriptParseCompile']);
  const threadMs = (t) => (t.event.tdur ?? 0) / 1000;
  let cpuScriptingMs = 0;
  const outermostScript = (t) => {
    if (SCRIPT_GROUPS.has(t.group.id)) cpuScriptingMs += threadMs(t);
    else t.children.forEach(outermostScript);
  };
  topLevel.forEach(outermostScript);
  const longTasks = topLevel
    .filter((t) => t.duration > 50)
    .map((t) => {
      const from = start + t.startTime * 1000;
      const to = start + t.endTime * 1000;
      /** @type {Record<string, number>} */
      const groups = {};
      const walk = (n) => {
        add(groups, n.group.id === 'styleLayout' ? n.event.name : n.group.id, n.selfTime);
        n.children.forEach(walk);
      };
      walk(t);
      /** @type {Record<string, number>} */
      const owners = {};
      /** @type {Record<string, number>} */
      const functions = {};
      for (const s of samples)
        if (s.ts >= from && s.ts < to && s.kind === 'js') {
          add(owners, ownerOf(s.source ?? ''), s.ms);
          add(functions, functionKey(s), s.ms);
        }
      return {
        startMs: Math.round(t.startTime),
        ms: Math.round(t.duration),
        groups: rounded(groups),
        scriptByOwner: rounded(owners),
        // What a long task is made of: the start-up's chunk loading, route matching...
        topFunctions: Object.fromEntries(Object.entries(rounded(functions)).slice(0, 12)),
      };
    });

  return {
    totalMs: Math.round(topLevel.reduce((sum, t) => sum + t.duration, 0)),
    cpuMs: Math.round(topLevel.reduce((sum, t) => sum + threadMs(t), 0)),
    cpuScriptingMs: Math.round(cpuScriptingMs),
    scriptingMs: Math.round((byGroup.scriptEvaluation ?? 0) + (byGroup.scriptParseCompile ?? 0)),
    styleLayoutMs: Math.round(byGroup.styleLayout ?? 0),
    byGroup: rounded(byGroup),
    // Trace events by self time: UpdateLayoutTree is style, Layout is layout.
    byEvent: Object.fromEntries(Object.entries(rounded(byEvent)).slice(0, 15)),
    byOwner: rounded(byOwner),
    topSources: Object.fromEntries(Object.entries(rounded(bySource)).slice(0, 25)),
    topFunctions: Object.fromEntries(Object.entries(rounded(byFunction)).slice(0, 25)),
    longTasks,
  };
}

/**
 * A run whose trace lacks the navigation (Chromium sometimes starts the page
 * in another renderer before tracing catches it) is run again, twice at most.
 */
async function profileWithRetry(browser, url, options) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await profileOnce(browser, url, options);
    } catch (error) {
      if (attempt >= 3 || !/navigationStart|TracingStarted/.test(String(error))) throw error;
      console.error(`profile: ${url}: ${String(error)}; again`);
    }
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

/** Per key, the median over runs (a key missing in a run counts 0). */
function medianOf(records) {
  const keys = new Set(records.flatMap((r) => Object.keys(r)));
  return rounded(
    Object.fromEntries([...keys].map((k) => [k, median(records.map((r) => r[k] ?? 0))])),
  );
}

/**
 * Profiles pages in turn, one run each per round (a change of the machine's
 * load falls on all alike).
 * @param {Record<string, string>} pages name -> URL
 * @param {{runs?: number, screen?: 'phone' | 'desktop', idleMs?: number}} [options]
 */
export async function profilePages(pages, {runs = 3, screen = 'phone', idleMs = 4000} = {}) {
  const maps = new SourceMaps();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS],
  });
  /** @type {Record<string, any[]>} */
  const byName = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  /** @type {Record<string, number[]>} */
  const loads = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  try {
    for (let run = 0; run < runs; run++)
      for (const [name, url] of Object.entries(pages)) {
        loads[name]?.push(Math.round((os.loadavg()[0] ?? 0) * 10) / 10);
        byName[name]?.push(await profileWithRetry(browser, url, {screen, idleMs, maps}));
      }
  } finally {
    await browser.close();
  }
  return Object.fromEntries(
    Object.entries(byName).map(([name, results]) => {
      const mid = [...results].sort((a, b) => a.scriptingMs - b.scriptingMs)[
        Math.floor((results.length - 1) / 2)
      ];
      return [
        name,
        {
          url: pages[name],
          runs: results.length,
          screen,
          loadAverage: loads[name],
          scriptingMsRuns: results.map((r) => r.scriptingMs),
          totalMs: median(results.map((r) => r.totalMs)),
          // Steadier on a busy machine than the wall-clock figures.
          cpuMs: median(results.map((r) => r.cpuMs)),
          cpuScriptingMs: median(results.map((r) => r.cpuScriptingMs)),
          cpuScriptingMsRuns: results.map((r) => r.cpuScriptingMs),
          scriptingMs: median(results.map((r) => r.scriptingMs)),
          styleLayoutMs: median(results.map((r) => r.styleLayoutMs)),
          byGroup: medianOf(results.map((r) => r.byGroup)),
          byEvent: medianOf(results.map((r) => r.byEvent)),
          byOwner: medianOf(results.map((r) => r.byOwner)),
          // The run with the median scripting time, in detail.
          medianRun: mid,
        },
      ];
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {values, positionals} = parseArgs({
    options: {
      dir: {type: 'string'},
      runs: {type: 'string', default: '3'},
      idle: {type: 'string', default: '4000'},
      desktop: {type: 'boolean', default: false},
      json: {type: 'string'},
      make: {type: 'string'},
    },
    allowPositionals: true,
  });
  if (values.make) {
    const n = Number(values.make);
    const dir = copySite(`profile-n${n}-`);
    if (n > 1) writeCorpus(dir, n);
    const built = await build(dir, {cold: true, env: {SITE_SOURCE_MAPS: 'hidden'}});
    console.log(
      JSON.stringify({
        dir,
        n,
        seconds: Math.round(built.seconds),
        cpuSeconds: Math.round(built.cpuSeconds),
      }),
    );
    process.exit(0);
  }
  if (positionals.length === 0)
    throw new Error(
      'usage: node scripts/bench/profile.mjs [--dir <build>] [--runs 3] [--desktop] [--json out] (<path> | <name>=<url>)...',
    );
  const server = values.dir ? await startServer(path.resolve(values.dir)) : undefined;
  try {
    const pages = Object.fromEntries(
      positionals.map((p) => {
        const at = p.indexOf('=');
        if (at > 0) return [p.slice(0, at), p.slice(at + 1)];
        if (!server) throw new Error(`${p}: a path needs --dir; else give name=url`);
        return [p, `${server.origin}${p}`];
      }),
    );
    const result = await profilePages(pages, {
      runs: Number(values.runs),
      screen: values.desktop ? 'desktop' : 'phone',
      idleMs: Number(values.idle),
    });
    const text = JSON.stringify(result, null, 2);
    if (values.json) fs.writeFileSync(values.json, `${text}\n`);
    console.log(text);
  } finally {
    await server?.stop();
  }
}

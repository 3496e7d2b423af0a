#!/usr/bin/env node
/**
 * Build memory and time of the ways `npm run build` can schedule its
 * locales, against stock Docusaurus, alternating, on copies the benchmark
 * kept (`npm run bench -- --n 400 --keep`, or any built-once copies).
 *
 * In:  --ours <site copy> [--stock <stock copy>]
 *      [--modes overlapped,sequential,staggered,parallel]
 *      [--rounds 1] [--no-warm] [--out results.json] [--logs <folder>]
 * Out: per build (cold, then warm): wall time, CPU time, the whole tree's
 *      peak resident memory (tree-memory.mjs, 250 ms samples) and the load
 *      average (1 min) at its start and end; per `docusaurus build` process,
 *      its Docusaurus phases (DOCUSAURUS_PERF_LOGGER: loading, bundler
 *      configs, bundling, SSG, postBuild, broken links) with when each ended
 *      and the process's largest resident memory during it. A table on
 *      stdout; every sample as JSON with --out; each build's output, each
 *      line after the seconds since the build started, in --logs.
 *
 * Why: the peak of a build is one phase of one process at one moment; to
 * lower it you need to know which, and a schedule is only better if it is
 * better in the same run, under the same load, as the baseline.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {stripVTControlCharacters} from 'node:util';
import {build} from './site.mjs';

const {values: options} = parseArgs({
  options: {
    ours: {type: 'string'},
    stock: {type: 'string'},
    modes: {type: 'string', default: 'overlapped,sequential,staggered,parallel'},
    rounds: {type: 'string', default: '1'},
    'no-warm': {type: 'boolean', default: false},
    out: {type: 'string'},
    logs: {type: 'string'},
  },
});
if (!options.ours) throw new Error('build-memory: --ours <site copy> is required');

const log = (...parts) =>
  console.error(`[build-memory ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const load = () => os.loadavg()[0] ?? 0;

/** `[PERF] Bundling with Rspack - 12.34 seconds! - (...)` → label and seconds. */
const PERF = /^(?:\[(\w[\w-]*)\] )?\[PERF\] (.+?) - ([\d.]+) (ms|seconds)/;

/**
 * Each docusaurus process's top-level phases: when each ended (seconds from
 * the build's start, by the line's arrival) and its duration, with the
 * process's largest resident memory between the phase's start and end.
 */
/**
 * @param {{t: number, text: string}[]} lines
 * @param {{t: number, mb: Record<string, number>}[]} timeline
 * @param {Record<string, string>} commands
 */
function phases(lines, timeline, commands) {
  /** @type {Record<string, {phase: string, start: number, end: number, seconds: number, heap: string, peakMB?: number}[]>} */
  const byLocale = {};
  for (const {t, text} of lines) {
    const plain = stripVTControlCharacters(text);
    const [, locale = 'all', phase = '', amount, unit] = PERF.exec(plain) ?? [];
    // Top-level phases: `Build > en > Bundling with Rspack`, not SSG's tasks.
    if (!phase || phase.split(' > ').length > 3 || /Task \d/.test(phase)) continue;
    const seconds = Number(amount) / (unit === 'ms' ? 1000 : 1);
    const heap = /\(Heap .*\)/.exec(plain)?.[0] ?? '';
    (byLocale[locale] ??= []).push({phase, start: t - seconds, end: t, seconds, heap});
  }
  const pidOf = (locale) =>
    Object.entries(commands).find(([, command]) =>
      locale === 'all'
        ? /docusaurus\.mjs build/.test(command)
        : command.includes(`--locale ${locale}`),
    )?.[0];
  for (const [locale, list] of Object.entries(byLocale)) {
    const pid = pidOf(locale) ?? '';
    for (const p of list) {
      const inside = timeline.filter((s) => s.t >= p.start && s.t <= p.end + 0.25);
      p.peakMB = Math.max(0, ...inside.map((s) => s.mb[pid] ?? 0));
    }
  }
  return byLocale;
}

async function measure(label, siteDir, args, cold) {
  const lines = [];
  const started = performance.now();
  const loadBefore = load();
  const result = await build(siteDir, {
    cold,
    args,
    timeline: true,
    env: {DOCUSAURUS_PERF_LOGGER: 'true'},
    log: (text) => {
      const t = (performance.now() - started) / 1000;
      for (const line of text.split('\n')) if (line) lines.push({t, text: line});
    },
  });
  if (options.logs) {
    fs.mkdirSync(options.logs, {recursive: true});
    const name = `${label.replace(/\W+/g, '-')}-${cold ? 'cold' : 'warm'}.log`;
    fs.writeFileSync(
      path.join(options.logs, name),
      lines.map((l) => `${l.t.toFixed(1)} ${l.text}\n`).join(''),
    );
  }
  const row = {
    label,
    cold,
    seconds: result.seconds,
    cpuSeconds: result.cpuSeconds,
    treePeakMB: result.treePeakMemoryMB ?? 0,
    load: [loadBefore, load()],
    phases: phases(lines, result.timeline ?? [], result.commands ?? {}),
    timeline: result.timeline,
    commands: result.commands,
  };
  log(
    `${label} ${cold ? 'cold' : 'warm'}: ${row.seconds.toFixed(1)} s, tree peak ${Math.round(row.treePeakMB ?? 0)} MB, load ${row.load.map((l) => l.toFixed(1)).join('-')}`,
  );
  return row;
}

const rows = [];
const modes = options.modes.split(',').filter(Boolean);
for (let round = 0; round < Number(options.rounds); round++) {
  const runs = modes.map((mode) => [`ours ${mode}`, options.ours, [`--${mode}`]]);
  if (options.stock) runs.push(['stock webpack', options.stock, []]);
  for (const [label, dir, args] of runs) {
    rows.push(await measure(label, dir, args, true));
    if (!options['no-warm']) rows.push(await measure(label, dir, args, false));
  }
}

const fmt = (v, unit) => `${Math.round(v)} ${unit}`;
console.log('| build | cold/warm | wall | CPU | tree peak | load (1 min) |');
console.log('|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.label} | ${r.cold ? 'cold' : 'warm'} | ${r.seconds.toFixed(1)} s | ${fmt(r.cpuSeconds, 's')} | ${fmt(r.treePeakMB, 'MB')} | ${r.load.map((l) => l.toFixed(1)).join('-')} |`,
  );
console.log(
  '\n| build | cold/warm | process | phase | ended at | took | largest RSS in it | JS heap (Docusaurus) |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows)
  for (const [locale, list] of Object.entries(r.phases))
    for (const p of list)
      console.log(
        `| ${r.label} | ${r.cold ? 'cold' : 'warm'} | ${locale} | ${p.phase} | ${p.end.toFixed(1)} s | ${p.seconds.toFixed(1)} s | ${fmt(p.peakMB, 'MB')} | ${p.heap} |`,
      );
if (options.out) fs.writeFileSync(path.resolve(options.out), `${JSON.stringify(rows, null, 2)}\n`);

/**
 * Peak resident memory of a whole process tree, sampled while it runs.
 *
 * In:  the pid of the tree's root (a build's first process) and a sampling
 *      interval. Out: `watchTreeMemory(pid)` returns `{stop()}`; stop()
 *      resolves to the largest sum of the resident memory (MB) of the root
 *      and all its descendants seen at one sample, and the number of samples.
 *      With `{timeline: true}` also `timeline`: every sample, as the seconds
 *      since the watch started and each process's resident MB by pid, and
 *      `commands`: each pid's command line (what a process is, e.g. which
 *      locale's `docusaurus build`), read when it was first seen.
 *
 * Why: each process's own peak (rusage-probe.mjs, `maxRSS`) says how big it
 * got, not how much the machine needed at once: the locales' builds and
 * their worker processes peak at different moments. This is what a CI
 * runner needs free; the timeline says which process held it, and when
 * (set beside a build's phase lines: scripts/bench/build-memory.mjs).
 * Process listing and memory: pidtree and pidusage (the kernel's process
 * table on Linux, `ps` or `wmic` elsewhere).
 * A process with its parent's command line is not counted: that is a fork
 * not yet replaced by the program it runs (Node's `exec`, e.g. tinypool's
 * `cat /proc/cpuinfo` when Rspack loads it at the end of bundling), which
 * shares its parent's pages; counting them once more added the parent's
 * 1 GB to one sample of a build at 400 articles.
 */
import pidtree from 'pidtree';
import pidusage from 'pidusage';
import fs from 'node:fs';

/** A process's command line (Linux), or '' where it can't be read. */
function commandLine(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/**
 * The pids of the processes that are forks of their parent not yet running
 * a program of their own (the same command line as the parent).
 * @param {{pid: number, ppid: number}[]} processes
 * @param {(pid: number) => string} command
 */
export function unexecutedForks(processes, command) {
  const pids = new Set(processes.map((p) => p.pid));
  return new Set(
    processes
      .filter(
        (p) => pids.has(p.ppid) && command(p.pid) !== '' && command(p.pid) === command(p.ppid),
      )
      .map((p) => p.pid),
  );
}

/** @param {number} pid @param {{intervalMs?: number, timeline?: boolean}} [options] */
export function watchTreeMemory(pid, {intervalMs = 250, timeline = false} = {}) {
  let peakBytes = 0;
  let samples = 0;
  let stopped = false;
  const started = performance.now();
  /** @type {{t: number, mb: Record<string, number>}[]} */
  const points = [];
  /** @type {Record<string, string>} */
  const commands = {};
  const sample = async () => {
    try {
      const tree = await pidtree(pid, {root: true, advanced: true});
      const forks = unexecutedForks(tree, commandLine);
      const usage = await pidusage(tree.map((p) => p.pid).filter((p) => !forks.has(p)));
      const bytes = Object.values(usage).reduce((sum, u) => sum + (u?.memory ?? 0), 0);
      peakBytes = Math.max(peakBytes, bytes);
      samples++;
      if (timeline) {
        /** @type {Record<string, number>} */
        const mb = {};
        for (const [p, u] of Object.entries(usage)) {
          if (!u) continue;
          mb[p] = Math.round(u.memory / 2 ** 20);
          commands[p] ??= commandLine(Number(p));
        }
        points.push({t: (performance.now() - started) / 1000, mb});
      }
    } catch {
      // A process ended between listing and reading: the next sample counts it.
    }
  };
  const loop = (async () => {
    while (!stopped) {
      await sample();
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      pidusage.clear();
      return {
        peakMB: peakBytes / 2 ** 20,
        samples,
        ...(timeline ? {timeline: points, commands} : {}),
      };
    },
  };
}

/**
 * Peak resident memory of a whole process tree, sampled while it runs.
 *
 * In:  the pid of the tree's root (a build's first process) and a sampling
 *      interval. Out: `watchTreeMemory(pid)` returns `{stop()}`; stop()
 *      resolves to the largest sum of the resident memory (MB) of the root
 *      and all its descendants seen at one sample, and the number of samples.
 *
 * Why: each process's own peak (rusage-probe.mjs, `maxRSS`) says how big it
 * got, not how much the machine needed at once: the locales' builds and
 * their worker processes peak at different moments. This is what a CI
 * runner needs free. Process listing and memory: pidtree and pidusage (the
 * kernel's process table on Linux, `ps` or `wmic` elsewhere).
 */
import pidtree from 'pidtree';
import pidusage from 'pidusage';

/** @param {number} pid @param {{intervalMs?: number}} [options] */
export function watchTreeMemory(pid, {intervalMs = 250} = {}) {
  let peakBytes = 0;
  let samples = 0;
  let stopped = false;
  const sample = async () => {
    try {
      const pids = await pidtree(pid, {root: true});
      const usage = await pidusage(pids);
      const bytes = Object.values(usage).reduce((sum, u) => sum + (u?.memory ?? 0), 0);
      peakBytes = Math.max(peakBytes, bytes);
      samples++;
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
      return {peakMB: peakBytes / 2 ** 20, samples};
    },
  };
}

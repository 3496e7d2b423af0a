/**
 * Preloaded (`--import`, through NODE_OPTIONS so child processes get it too)
 * into a build the benchmark times: when a process exits, writes its command
 * line and resource usage (peak resident memory `maxRSS` in KiB, CPU times in
 * microseconds) as JSON to `<pid>.json` in the folder named by
 * BENCH_RUSAGE_DIR, with `memoryAtPeak`: the process's memory by kind
 * (`process.memoryUsage()`: JavaScript heap, external and array buffers,
 * the rest being native, e.g. Rspack's) at the sample of its largest resident
 * size, sampled every half second, so a peak can be told apart as the
 * JavaScript heap or the bundler's native memory.
 */
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.BENCH_RUSAGE_DIR;
if (dir) {
  /** @type {NodeJS.MemoryUsage | undefined} */
  let memoryAtPeak;
  const sample = () => {
    const usage = process.memoryUsage();
    if (!memoryAtPeak || usage.rss > memoryAtPeak.rss) memoryAtPeak = usage;
  };
  setInterval(sample, 500).unref();
  process.on('exit', () => {
    sample();
    fs.writeFileSync(
      path.join(dir, `${process.pid}.json`),
      JSON.stringify({argv: process.argv.slice(1), ...process.resourceUsage(), memoryAtPeak}),
    );
  });
}

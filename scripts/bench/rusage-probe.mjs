/**
 * Preloaded (`node --import`) into a build the benchmark times: when the
 * process exits, writes its resource usage (peak resident memory `maxRSS`
 * in KiB, CPU times) as JSON to the file named by BENCH_RUSAGE_FILE.
 */
import fs from 'node:fs';

const file = process.env.BENCH_RUSAGE_FILE;
if (file) {
  process.on('exit', () => {
    fs.writeFileSync(file, JSON.stringify(process.resourceUsage()));
  });
}

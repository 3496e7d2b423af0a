/**
 * Preloaded (`--import`, through NODE_OPTIONS so child processes get it too)
 * into a build the benchmark times: when a process exits, writes its command
 * line and resource usage (peak resident memory `maxRSS` in KiB, CPU times in
 * microseconds) as JSON to `<pid>.json` in the folder named by
 * BENCH_RUSAGE_DIR.
 */
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.BENCH_RUSAGE_DIR;
if (dir) {
  process.on('exit', () => {
    fs.writeFileSync(
      path.join(dir, `${process.pid}.json`),
      JSON.stringify({argv: process.argv.slice(1), ...process.resourceUsage()}),
    );
  });
}

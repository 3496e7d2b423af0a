/**
 * Serves a build the way the site is hosted: scripts/serve.mjs (compressed,
 * cache headers) on a free port of 127.0.0.1.
 *
 * In:  a build directory.
 * Out: {origin, pid, stop()} once the server listens (pid: the server's
 *      process, whose memory scripts/bench/load.mjs samples).
 */
import path from 'node:path';
import {spawn} from 'node:child_process';
import {REPO} from './site.mjs';

export function startServer(buildDir) {
  const child = spawn(
    process.execPath,
    [
      path.join(REPO, 'scripts', 'serve.mjs'),
      '--dir',
      buildDir,
      '--port',
      '0',
      '--host',
      '127.0.0.1',
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const stop = () =>
    /** @type {Promise<void>} */ (
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      })
    );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk.toString();
      // serve.mjs prints "Serving <dir> at http://127.0.0.1:<port>/".
      const m = /at (http:\/\/\S+?)\/?\s/.exec(out);
      if (m) resolve({origin: m[1], pid: child.pid, stop});
    });
    child.on('exit', (code) =>
      reject(new Error(`serve.mjs exited (${code}) for ${buildDir}: ${out}`)),
    );
  });
}

/**
 * Starts scripts/serve.mjs (compressed, cache headers: what a static host
 * does) on a build directory and a free port of 127.0.0.1.
 *
 * In:  a build directory.
 * Out: {origin, stop()} once the server answers.
 */
import net from 'node:net';
import path from 'node:path';
import {spawn} from 'node:child_process';
import {REPO} from './site.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const {port} = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export async function startServer(buildDir) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(REPO, 'scripts', 'serve.mjs'), '--dir', buildDir, '--port', String(port), '--host', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill();
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve.mjs exited (${child.exitCode}) for ${buildDir}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`serve.mjs did not answer on ${origin} within 30 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {origin, stop};
}

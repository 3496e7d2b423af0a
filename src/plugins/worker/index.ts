/**
 * A build module's function, run in a worker thread.
 *
 * In:  the module's path (`fileURLToPath(new URL('./x.ts', import.meta.url))`),
 *      the name of the function it exports, its arguments (structured-cloneable).
 * Out: what the function returns, awaited, and the milliseconds from the
 *      worker's start to its answer; rejects with the function's error, or
 *      when the worker exits without an answer.
 * Why: postBuild plugins run side by side, but on one thread: the search
 *      index, critical-css's read of every page and the link-preview card
 *      took turns on one core of two. A worker thread per job puts them on
 *      both, with the same code (./entry.mjs loads it with jiti, as
 *      Docusaurus loads the plugins); each ends when its job is done, so its
 *      memory is released then.
 */
import {Worker} from 'node:worker_threads';

export function runInWorker<T>(
  file: string,
  name: string,
  args: unknown[],
): Promise<{value: T; ms: number}> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./entry.mjs', import.meta.url), {
      workerData: {file, name, args},
    });
    worker.once('message', ({value}: {value: T}) =>
      resolve({value, ms: performance.now() - started}),
    );
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`worker: ${name} in ${file} exited (${code}) without an answer`)),
    );
  });
}

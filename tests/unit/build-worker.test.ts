/**
 * A build module's function in a worker thread (src/plugins/worker): the
 * value it returns comes back, and so does the error it throws, so a
 * failing postBuild job still fails the build with its own message.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, it} from 'vitest';
import {runInWorker} from '../../src/plugins/worker';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-worker-'));
const file = path.join(dir, 'job.ts');
fs.writeFileSync(
  file,
  [
    'export async function total(numbers: number[]): Promise<number> {',
    '  return numbers.reduce((a, b) => a + b, 0);',
    '}',
    'export function fail(): never {',
    "  throw new Error('the job could not finish');",
    '}',
  ].join('\n'),
);

it("returns the function's value", async () => {
  const {value} = await runInWorker<number>(file, 'total', [[1, 2, 3]]);
  expect(value).toBe(6);
});

it("rejects with the function's own error", async () => {
  await expect(runInWorker(file, 'fail', [])).rejects.toThrow('the job could not finish');
});

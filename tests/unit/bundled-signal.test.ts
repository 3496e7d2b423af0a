/**
 * The end-of-bundling signal of `npm run build -- --staggered`
 * (src/plugins/bundled-signal): with the installed Rspack, a client and a
 * server compiler run as one multi-compiler, as Docusaurus runs them, the
 * signal comes once, after both have finished and the compiler has closed
 * (so the next locale never starts while this one still bundles or writes
 * its cache), and never before.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {rspack, type Compiler, type Configuration} from '@rspack/core';
import {bundledTracker} from '../../src/plugins/bundled-signal';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
});

function runAndClose(configs: Configuration[], events: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const compiler = rspack(configs);
    compiler.run((error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({})));
      events.push('run finished');
      compiler.close((closeError) => {
        events.push('closed');
        if (closeError) reject(closeError);
        else resolve();
      });
    });
  });
}

it('signals once, when the client and server compilers have both finished and closed', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundled-signal-'));
  scratch.push(dir);
  fs.writeFileSync(path.join(dir, 'entry.js'), 'export const page = "an article";\n');
  const events: string[] = [];
  const plugin = bundledTracker(() => events.push('signal'));
  const config = (name: string, target: 'web' | 'node'): Configuration => ({
    name,
    target,
    mode: 'production',
    context: dir,
    entry: './entry.js',
    output: {path: path.join(dir, name)},
    plugins: [
      plugin(),
      {apply: (c: Compiler) => c.hooks.done.tap('test', () => void events.push(`${name} done`))},
    ],
  });
  await runAndClose([config('client', 'web'), config('server', 'node')], events);
  expect(events.filter((e) => e === 'signal')).toHaveLength(1);
  const at = (e: string) => events.indexOf(e);
  expect(at('signal')).toBeGreaterThan(at('client done'));
  expect(at('signal')).toBeGreaterThan(at('server done'));
  expect(at('signal')).toBeGreaterThan(at('run finished'));
});

/**
 * src/plugins/compile-hints' fence: the build fails when its entry script
 * doesn't start with V8's compile hint, or when it can't tell which file
 * the entry script is.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {COMPILE_HINT, checkCompileHint} from '../../src/plugins/compile-hints';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
});

function jsDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-hints-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

it('passes an entry script that starts with the hint', () => {
  const dir = jsDir({
    'main.0a1b2c3d.js': `${COMPILE_HINT}\n(self.chunks=self.chunks||[]).push([])`,
    'runtime~main.9f8e7d6c.js': '(()=>{})()',
    '123.4567abcd.js': '(self.chunks=self.chunks||[]).push([])',
  });
  expect(() => checkCompileHint(dir)).not.toThrow();
});

it('fails when the hint is missing, or not on the first line', () => {
  const plain = jsDir({'main.0a1b2c3d.js': '(self.chunks=self.chunks||[]).push([])'});
  expect(() => checkCompileHint(plain)).toThrow(
    /does not start with "\/\/# allFunctionsCalledOnLoad"/,
  );
  const moved = jsDir({'main.0a1b2c3d.js': `/*! licence */\n${COMPILE_HINT}\nvar a`});
  expect(() => checkCompileHint(moved)).toThrow(/re-check the stage/);
});

it('fails when there is no entry script, or more than one', () => {
  expect(() => checkCompileHint(jsDir({'app.0a1b2c3d.js': 'x'}))).toThrow(/found 0/);
  expect(() =>
    checkCompileHint(
      jsDir({'main.0a1b2c3d.js': `${COMPILE_HINT}\n`, 'main.1a1b2c3d.js': `${COMPILE_HINT}\n`}),
    ),
  ).toThrow(/found 2/);
});

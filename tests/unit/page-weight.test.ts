/**
 * The page-weight plugin's stand-in for tslib
 * (src/plugins/page-weight/tslib-import-default.ts): it must offer every
 * helper @docusaurus/utils-common calls, and behave like tslib's.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import * as tslib from 'tslib';
import * as standIn from '../../src/plugins/page-weight/tslib-import-default';
import {utilsCommonLib} from '../../src/plugins/page-weight';

describe('tslib stand-in for @docusaurus/utils-common', () => {
  it('offers every tslib helper utils-common calls', () => {
    const lib = utilsCommonLib();
    const called = new Set<string>();
    for (const file of fs.readdirSync(lib).filter((f) => f.endsWith('.js'))) {
      const code = fs.readFileSync(path.join(lib, file), 'utf8');
      for (const m of code.matchAll(/\btslib_\d+\.(__\w+)/g)) called.add(m[1] ?? '');
    }
    expect(called.size).toBeGreaterThan(0);
    expect([...called].filter((helper) => !(helper in standIn))).toEqual([]);
  });

  it('wraps a CommonJS export as tslib does, and passes an ES module through', () => {
    const cjs = (value: unknown) => value;
    const esm = {__esModule: true, default: 'x'};
    expect(standIn.__importDefault(cjs)).toEqual(tslib.__importDefault(cjs));
    expect(standIn.__importDefault(esm)).toBe(esm);
    expect(tslib.__importDefault(esm)).toBe(esm);
  });
});

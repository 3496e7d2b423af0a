/**
 * The server's kept compressed bodies (scripts/compressed-bodies.mjs): each
 * file compressed once however often it is asked for (then once more, at
 * the best level, in the background), and never more kept than the bound,
 * so the server's memory stays flat under load.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {compressedBodies} from '../../scripts/compressed-bodies.mjs';

let dir: string;
const files: string[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compressed-bodies-'));
  for (let i = 0; i < 20; i++) {
    const file = path.join(dir, `page-${i}.html`);
    // Text that compresses to a few hundred bytes, different in each file.
    const words = Array.from({length: 400}, (_, j) => `tenant${(i * 7919 + j * 104729) % 997}`);
    fs.writeFileSync(file, `<p>${words.join(' ')}</p>`);
    files.push(file);
  }
});

afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

describe('compressedBodies', () => {
  it('compresses a file once however many requests ask for it at once or later', async () => {
    const bodies = compressedBodies({maxBytes: 1024 * 1024});
    const file = files[0]!;
    const stat = fs.statSync(file);
    const atOnce = await Promise.all(Array.from({length: 10}, () => bodies.get(file, stat, 'br')));
    await bodies.get(file, stat, 'br');
    expect(bodies.stats().compressions).toBe(1);
    expect(zlib.brotliDecompressSync(atOnce[9]!).equals(fs.readFileSync(file))).toBe(true);
    await bodies.get(file, stat, 'gzip');
    expect(bodies.stats().compressions).toBe(2);
  });

  it('keeps no more compressed bytes than its bound, the least recently used leaving', async () => {
    const bodies = compressedBodies({maxBytes: 4096});
    let largest = 0;
    for (const file of files) {
      const body = await bodies.get(file, fs.statSync(file), 'gzip');
      largest = Math.max(largest, body.length);
      expect(bodies.stats().bytes).toBeLessThanOrEqual(4096);
    }
    // The bound held several bodies, not one: what it keeps is still used.
    expect(largest).toBeLessThan(1024);
    expect(bodies.stats().bodies).toBeGreaterThan(2);
    const before = bodies.stats().compressions;
    await bodies.get(files.at(-1)!, fs.statSync(files.at(-1)!), 'gzip');
    expect(bodies.stats().compressions).toBe(before);
    await bodies.get(files[0]!, fs.statSync(files[0]!), 'gzip');
    expect(bodies.stats().compressions).toBe(before + 1);
  });

  it('keeps the best level once the background work is done, still exactly the file', async () => {
    const bodies = compressedBodies({maxBytes: 1024 * 1024});
    const file = files[1]!;
    const stat = fs.statSync(file);
    const fast = await bodies.get(file, stat, 'br');
    await bodies.idle();
    const best = await bodies.get(file, stat, 'br');
    expect(best.length).toBeLessThan(fast.length);
    expect(zlib.brotliDecompressSync(best).equals(fs.readFileSync(file))).toBe(true);
    expect(bodies.stats()).toMatchObject({compressions: 1, improvements: 1, bytes: best.length});
  });
});

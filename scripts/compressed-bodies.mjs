/**
 * Compressed bodies of the build's files, made once per file and encoding
 * and kept in memory, for scripts/serve.mjs.
 *
 * In:  a file of the build, its `fs.Stats`, an encoding (`br` or `gzip`).
 * Out: the file's bytes compressed in that encoding (brotli at quality 11,
 *      gzip at level 9): compressed on the first request on libuv's thread
 *      pool (requests that arrive meanwhile wait for the same result), then
 *      answered from memory until the file changes (its size or time, the
 *      parts of its ETag, differ) or the cache needs the room. The cache
 *      holds at most `maxBytes` of compressed bytes, the least recently
 *      used body leaving first; a body larger than a quarter of that is
 *      compressed for the request and not kept.
 * Why: compressing every response (the `compression` middleware) made the
 *      server's resident memory grow round after round under load (native
 *      zlib and brotli buffers, the C allocator's arenas), while its
 *      JavaScript heap stayed flat. A static build changes only when it is
 *      rebuilt, so each file needs compressing once; the bound keeps a large
 *      build from holding more than that in memory.
 */
import fs from 'node:fs';
import {promisify} from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** @type {Record<'br' | 'gzip', (bytes: Buffer) => Promise<Buffer>>} */
const COMPRESS = {
  br: (bytes) =>
    brotli(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      },
    }),
  gzip: (bytes) => gzip(bytes, {level: zlib.constants.Z_BEST_COMPRESSION}),
};

/** The encodings this cache makes, in the server's order of preference. */
export const ENCODINGS = /** @type {const} */ (['br', 'gzip']);

/**
 * @param {{maxBytes: number}} options
 */
export function compressedBodies({maxBytes}) {
  /** @type {Map<string, {version: string, body: Promise<Buffer>, size: number}>} */
  const cache = new Map();
  let total = 0;
  let compressions = 0;

  /** @param {string} key */
  function drop(key) {
    const entry = cache.get(key);
    if (!entry) return;
    total -= entry.size;
    cache.delete(key);
  }

  /**
   * @param {string} file
   * @param {fs.Stats} stat
   * @param {'br' | 'gzip'} encoding
   * @returns {Promise<Buffer>}
   */
  function get(file, stat, encoding) {
    const key = `${encoding}\0${file}`;
    const version = `${stat.size}-${stat.mtimeMs}`;
    const entry = cache.get(key);
    if (entry?.version === version) {
      // Most recently used last: Map keeps insertion order.
      cache.delete(key);
      cache.set(key, entry);
      return entry.body;
    }
    drop(key);
    compressions++;
    const body = fs.promises.readFile(file).then((bytes) => COMPRESS[encoding](bytes));
    const fresh = {version, body, size: 0};
    cache.set(key, fresh);
    body.then(
      (bytes) => {
        if (cache.get(key) !== fresh) return;
        if (bytes.length > maxBytes / 4) return drop(key);
        fresh.size = bytes.length;
        total += bytes.length;
        for (const [oldest] of cache) {
          if (total <= maxBytes) break;
          drop(oldest);
        }
      },
      () => {
        if (cache.get(key) === fresh) drop(key);
      },
    );
    return body;
  }

  return {
    get,
    /** Compressed bytes held, bodies held, compressions made so far. */
    stats: () => ({bytes: total, bodies: cache.size, compressions}),
  };
}

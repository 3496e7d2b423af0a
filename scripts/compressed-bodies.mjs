/**
 * Compressed bodies of the build's files, made once per file and encoding
 * and kept in memory, for scripts/serve.mjs.
 *
 * In:  a file of the build, its `fs.Stats`, an encoding (`br` or `gzip`).
 * Out: the file's bytes compressed in that encoding. The first request
 *      compresses at a fast level (brotli 5, gzip 6: milliseconds, so no
 *      visitor waits) on libuv's thread pool, requests arriving meanwhile
 *      sharing the result; then, one file at a time in the background, the
 *      best level (brotli 11, 9 over 128 KB; gzip 9) replaces it. Kept until the file
 *      changes (its size or time, the parts of its ETag, differ) or the
 *      cache needs the room: at most `maxBytes` of compressed bytes, the
 *      least recently used body leaving first; a body larger than a quarter
 *      of that is compressed for its request and not kept.
 * Why: compressing every response (the `compression` middleware) made the
 *      server's resident memory grow round after round under load (native
 *      zlib and brotli buffers, the C allocator's arenas), while its
 *      JavaScript heap stayed flat. A static build changes only when it is
 *      rebuilt, so each file needs compressing once. Brotli 11 is the
 *      smallest (the main bundle: 95 KB; 103 KB at 9, 105 KB at 5) but took
 *      2.6 s for that bundle on the loaded build machine, too long for a
 *      visitor to wait, hence the fast level first.
 */
import fs from 'node:fs';
import {promisify} from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const {constants} = zlib;

/** Compression levels: `fast` for the first request, `best` kept after. */
const LEVELS = {fast: {br: 5, gzip: 6}, best: {br: constants.BROTLI_MAX_QUALITY, gzip: 9}};
/**
 * Over this size brotli's best level is 9: 11 took 2.6 s of CPU for the main
 * bundle (354 KB; 9: 0.2 s, 8% larger), time taken from the readers of a
 * small machine while it runs.
 */
const BROTLI_MAX_QUALITY_UP_TO = 128 * 1024;

/**
 * @param {Buffer} bytes
 * @param {'br' | 'gzip'} encoding
 * @param {keyof typeof LEVELS} level
 */
function compress(bytes, encoding, level) {
  const quality =
    level === 'best' && encoding === 'br' && bytes.length > BROTLI_MAX_QUALITY_UP_TO
      ? 9
      : LEVELS[level][encoding];
  if (encoding === 'gzip') return gzip(bytes, {level: quality});
  return brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
}

/** The encodings this cache makes, in the server's order of preference. */
export const ENCODINGS = /** @type {const} */ (['br', 'gzip']);

/**
 * @param {{maxBytes: number}} options
 */
export function compressedBodies({maxBytes}) {
  /** @typedef {{version: string, body: Promise<Buffer>, size: number}} Entry */
  /** @type {Map<string, Entry>} */
  const cache = new Map();
  let total = 0;
  let compressions = 0;
  let improvements = 0;
  /** The background recompressions, one after another. */
  let improving = Promise.resolve();

  /** @param {string} key */
  function drop(key) {
    const entry = cache.get(key);
    if (!entry) return;
    total -= entry.size;
    cache.delete(key);
  }

  /**
   * Keeps `bytes` as the body of `entry` if it is still the cache's, within the bound.
   * @param {string} key
   * @param {Entry} entry
   * @param {Buffer} bytes
   */
  function keep(key, entry, bytes) {
    if (cache.get(key) !== entry) return false;
    if (bytes.length > maxBytes / 4) {
      drop(key);
      return false;
    }
    total += bytes.length - entry.size;
    entry.size = bytes.length;
    entry.body = Promise.resolve(bytes);
    for (const [oldest] of cache) {
      if (total <= maxBytes) break;
      drop(oldest);
    }
    return cache.get(key) === entry;
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
    const cached = cache.get(key);
    if (cached?.version === version) {
      // Most recently used last: Map keeps insertion order.
      cache.delete(key);
      cache.set(key, cached);
      return cached.body;
    }
    drop(key);
    compressions++;
    const body = fs.promises.readFile(file).then((bytes) => compress(bytes, encoding, 'fast'));
    /** @type {Entry} */
    const entry = {version, body, size: 0};
    cache.set(key, entry);
    body.then(
      (bytes) => {
        if (!keep(key, entry, bytes)) return;
        improving = improving
          .then(async () => {
            if (cache.get(key) !== entry) return;
            // Read again, not kept from the first read: the queue may be long.
            const [now, source] = await Promise.all([
              fs.promises.stat(file),
              fs.promises.readFile(file),
            ]);
            if (`${now.size}-${now.mtimeMs}` !== version) return;
            improvements++;
            const best = await compress(source, encoding, 'best');
            if (best.length < bytes.length) keep(key, entry, best);
          })
          // A file removed meanwhile keeps its fast body; the queue goes on.
          .catch(() => undefined);
      },
      () => {
        if (cache.get(key) === entry) drop(key);
      },
    );
    return body;
  }

  return {
    get,
    /** Settles when the background recompressions asked for so far are done. */
    idle: () => improving,
    /** Compressed bytes held, bodies held, compressions made on request and in the background. */
    stats: () => ({bytes: total, bodies: cache.size, compressions, improvements}),
  };
}

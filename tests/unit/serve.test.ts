/**
 * `npm run serve` (scripts/serve.mjs) as a careful host: started on a free
 * port of 127.0.0.1 over a tiny build written here, with the `_headers` the
 * build's own writer makes and a `_redirects`, and asked what browsers and
 * hostile clients ask. Files beside the build folder (canaries) must never
 * be sent, and the server must still answer after every bad request.
 * Raw requests go through a socket: fetch() would tidy `..` and `\` away.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startServer} from '../../scripts/bench/server.mjs';
import {headersFileText, IMMUTABLE, scriptHash} from '../../src/plugins/headers/policy.mjs';

const CANARY = 'CANARY-outside-the-build';
const SCRIPT = 'document.documentElement.dataset.ok = "1";';
const page = (lang: string, title: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title><script>${SCRIPT}</script></head><body><h1>${title}</h1>${'<p>Licences, tenants and subscriptions.</p>'.repeat(40)}</body></html>`;

let work: string;
let build: string;
let origin: string;
let port: number;
let stop: () => Promise<void>;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
  build = path.join(work, 'site');
  const files: Record<string, string> = {
    'index.html': page('en', 'Home'),
    '404.html': page('en', 'Page not found'),
    'tr/index.html': page('tr', 'Ana sayfa'),
    'tr/404.html': page('tr', 'Sayfa bulunamadı'),
    'guides/move.html': page('en', 'Move licenses'),
    'assets/js/main.0123abcd.js': `console.log(${JSON.stringify('x'.repeat(2000))});\n`,
    _headers: headersFileText([scriptHash(SCRIPT)]),
    _redirects: '# rules\n/go/move /guides/move 301\n/en-us/guides/move /guides/move 301\n',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(build, file)), {recursive: true});
    fs.writeFileSync(path.join(build, file), text);
  }
  // Canaries: beside the build, and in a sibling whose name starts like the build's.
  fs.writeFileSync(path.join(work, 'secret.txt'), CANARY);
  fs.writeFileSync(path.join(work, 'secret.html'), CANARY);
  fs.writeFileSync(path.join(work, 'site-private.html'), CANARY);
  fs.mkdirSync(path.join(work, 'site-private'));
  fs.writeFileSync(path.join(work, 'site-private', 'index.html'), CANARY);
  const server = await startServer(build);
  origin = server.origin;
  port = Number(new URL(origin).port);
  stop = server.stop;
});

afterAll(async () => {
  await stop?.();
  if (work) fs.rmSync(work, {recursive: true, force: true});
});

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One request as written, on its own connection. */
function raw(target: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<RawResponse>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const lines = [
      `${method} ${target} HTTP/1.1`,
      'Host: 127.0.0.1',
      'Connection: close',
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers: Object.fromEntries(
          headerLines.map((l) => {
            const i = l.indexOf(':');
            return [l.slice(0, i).toLowerCase(), l.slice(i + 1).trim()];
          }),
        ),
        body: rest.join('\r\n\r\n'),
      });
    });
  });
}

/** A response's bytes as sent (fetch() would decompress them). */
function bytesOf(target: string, headers: Record<string, string> = {}) {
  return new Promise<{status: number; headers: http.IncomingHttpHeaders; body: Buffer}>(
    (resolve, reject) => {
      http
        .get(`${origin}${target}`, {headers}, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
        })
        .on('error', reject);
    },
  );
}

const DECODE = {br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync} as const;

/** The server still serves its home page. */
async function stillServing(): Promise<void> {
  const res = await fetch(`${origin}/`);
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('<h1>Home</h1>');
}

describe('headers from _headers', () => {
  it('sends the policy with the inline script hash and the security headers on pages', async () => {
    const res = await fetch(`${origin}/guides/move`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(scriptHash(SCRIPT));
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it('caches hashed assets for a year, with one Cache-Control value', async () => {
    const res = await fetch(`${origin}/assets/js/main.0123abcd.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(res.headers.get('content-security-policy')).toBeTruthy();
  });

  it('sends the headers with 404 pages and redirects too', async () => {
    const missing = await fetch(`${origin}/tr/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Sayfa bulunamadı');
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    const moved = await fetch(`${origin}/go/move`, {redirect: 'manual'});
    expect(moved.status).toBe(301);
    expect(moved.headers.get('content-security-policy')).toBeTruthy();
  });

  it('never publishes the host rule files', async () => {
    for (const file of ['/_headers', '/_redirects']) {
      const res = await fetch(origin + file);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('Content-Security-Policy');
    }
  });
});

describe('redirects', () => {
  it('answers the rules with 301, keeping the query', async () => {
    const res = await fetch(`${origin}/go/move?x=1`, {redirect: 'manual'});
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/guides/move?x=1');
  });

  it('matches addresses in any letter case, as the README says', async () => {
    for (const address of ['/GO/MOVE', '/En-US/Guides/Move']) {
      const res = await fetch(origin + address, {redirect: 'manual'});
      expect(res.status, address).toBe(301);
      expect(res.headers.get('location')).toBe('/guides/move');
    }
  });
});

describe('bad requests', () => {
  const traversals = [
    '/../secret.txt',
    '/guides/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/guides\\..\\..\\secret',
    '/../site-private',
    '/..%2fsite-private',
  ];
  for (const target of traversals) {
    it(`refuses ${target} without sending a file outside the build`, async () => {
      const res = await raw(target);
      expect(res.body, 'a file from outside the build').not.toContain(CANARY);
      expect(res.status).toBe(400);
      await stillServing();
    });
  }

  it('takes a double-encoded %252e%252e/ literally: no such file, nothing outside', async () => {
    const res = await raw('/%252e%252e/secret.txt');
    expect(res.status).toBe(404);
    expect(res.body).not.toContain(CANARY);
    await stillServing();
  });

  it('refuses a NUL byte and malformed percent-encoding with 400', async () => {
    for (const target of ['/index.html%00.js', '/%00', '/%E0%A4%A', '/%']) {
      const res = await raw(target);
      expect(res.status, target).toBe(400);
    }
    await stillServing();
  });

  it('answers an over-long path with 414, and one past the header limit with 431', async () => {
    const long = await raw(`/${'a'.repeat(10 * 1024)}`);
    expect(long.status).toBe(414);
    const huge = await raw(`/${'a'.repeat(20 * 1024)}`);
    expect(huge.status).toBe(431);
    await stillServing();
  });

  it('answers methods other than GET and HEAD with 405 and Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE']) {
      const res = await raw('/', method);
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
    }
    const head = await raw('/guides/move', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    await stillServing();
  });

  it('answers a range with 206 and its bytes, uncompressed; an unsatisfiable one with 416', async () => {
    // Over the compression threshold (1 KB), so a compressed range would show.
    const res = await fetch(`${origin}/guides/move`, {
      headers: {range: 'bytes=0-1499', 'accept-encoding': 'gzip'},
    });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toMatch(/^bytes 0-1499\/\d+$/);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe(page('en', 'Move licenses').slice(0, 1500));
    const bad = await fetch(`${origin}/guides/move`, {headers: {range: 'bytes=999999-'}});
    expect(bad.status).toBe(416);
    await stillServing();
  });

  it('answers If-None-Match with the current ETag by 304', async () => {
    const first = await fetch(`${origin}/guides/move`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // Raw: fetch() adds `Cache-Control: no-cache` to a conditional request,
    // which rightly makes any server answer in full.
    const again = await raw('/guides/move', 'GET', {'If-None-Match': etag!});
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    const other = await raw('/guides/move', 'GET', {'If-None-Match': '"other"'});
    expect(other.status).toBe(200);
  });

  it('compresses for gzip and sends identity for an unknown encoding', async () => {
    const gz = await fetch(`${origin}/guides/move`, {headers: {'accept-encoding': 'gzip'}});
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toContain('<h1>Move licenses</h1>');
    const unknown = await fetch(`${origin}/guides/move`, {
      headers: {'accept-encoding': 'x-unknown-coding'},
    });
    expect(unknown.status).toBe(200);
    expect(unknown.headers.get('content-encoding')).toBeNull();
    expect(await unknown.text()).toContain('<h1>Move licenses</h1>');
    await stillServing();
  });
});

describe('compressed once, sent by Accept-Encoding', () => {
  it('sends brotli and gzip bodies that decompress to exactly the file', async () => {
    for (const [target, file, status] of [
      ['/guides/move', 'guides/move.html', 200],
      ['/assets/js/main.0123abcd.js', 'assets/js/main.0123abcd.js', 200],
      ['/tr/nope', 'tr/404.html', 404],
    ] as const) {
      const stored = fs.readFileSync(path.join(build, file));
      const plain = await bytesOf(target);
      expect(plain.headers['content-encoding'], target).toBeUndefined();
      expect(plain.body.equals(stored), target).toBe(true);
      for (const encoding of ['br', 'gzip'] as const) {
        // Twice: compressed on the first request, from memory on the second.
        for (let i = 0; i < 2; i++) {
          const res = await bytesOf(target, {'accept-encoding': encoding});
          expect(res.status, target).toBe(status);
          expect(res.headers['content-encoding'], target).toBe(encoding);
          expect(res.headers.vary, target).toMatch(/accept-encoding/i);
          expect(Number(res.headers['content-length'])).toBe(res.body.length);
          expect(res.body.length, target).toBeLessThan(stored.length);
          expect(DECODE[encoding](res.body).equals(stored), `${target} ${encoding}`).toBe(true);
          // One validator for every encoding of a file: a cached copy stays valid.
          expect(res.headers.etag, target).toBe(plain.headers.etag);
        }
      }
    }
  });

  it('prefers brotli when a browser offers it among others; 304 for its ETag', async () => {
    const res = await bytesOf('/guides/move', {'accept-encoding': 'gzip, deflate, br, zstd'});
    expect(res.headers['content-encoding']).toBe('br');
    const again = await bytesOf('/guides/move', {
      'accept-encoding': 'gzip, deflate, br, zstd',
      'if-none-match': String(res.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await raw('/guides/move', 'HEAD', {'Accept-Encoding': 'br'});
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body).toBe('');
  });

  it('answers a failed If-Match or If-Unmodified-Since with 412, compressed or not', async () => {
    for (const encoding of ['br', 'gzip', 'identity'] as const) {
      const res = await bytesOf('/guides/move', {'accept-encoding': encoding});
      const etag = String(res.headers.etag);
      const modified = Date.parse(String(res.headers['last-modified']));
      const ask = (headers: Record<string, string>) =>
        bytesOf('/guides/move', {'accept-encoding': encoding, ...headers});
      expect((await ask({'if-match': '"other"'})).status, encoding).toBe(412);
      expect((await ask({'if-match': `"other", ${etag}`})).status, encoding).toBe(200);
      expect((await ask({'if-match': '*'})).status, encoding).toBe(200);
      const before = new Date(modified - 60_000).toUTCString();
      expect((await ask({'if-unmodified-since': before})).status, encoding).toBe(412);
      const after = new Date(modified + 60_000).toUTCString();
      expect((await ask({'if-unmodified-since': after})).status, encoding).toBe(200);
    }
  });

  it('sends a file rewritten while serving with its new bytes, not the kept ones', async () => {
    const file = path.join(build, 'guides', 'rewritten.html');
    fs.writeFileSync(file, page('en', 'First text'));
    const first = await bytesOf('/guides/rewritten', {'accept-encoding': 'br'});
    expect(DECODE.br(first.body).toString()).toContain('First text');
    fs.writeFileSync(file, page('en', 'Second, longer text'));
    const second = await bytesOf('/guides/rewritten', {'accept-encoding': 'br'});
    expect(DECODE.br(second.body).equals(fs.readFileSync(file))).toBe(true);
    expect(second.headers.etag).not.toBe(first.headers.etag);
  });
});

/**
 * The host files' headers (src/plugins/headers/policy.mjs) and the site
 * address (src/links/siteUrl.ts): what a deployment gets from the build.
 * `_headers` is read back with Netlify's own parser, as `npm run serve` does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {parseAllHeaders} from '@netlify/headers-parser';
import {
  HEADERS_FILE,
  IMMUTABLE,
  MAX_HEADER_LINE,
  collectScriptHashes,
  headersFileText,
  inlineScriptHashes,
  policyScriptHashes,
  policyStyleHashes,
  scriptHash,
  writeHeadersFile,
} from '../../src/plugins/headers/policy.mjs';
import {DEFAULT_SITE_URL, siteUrl} from '../../src/links/siteUrl';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, {recursive: true, force: true});
});

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'headers-test-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

async function parse(text: string) {
  const dir = site({[HEADERS_FILE]: text});
  return parseAllHeaders({
    headersFiles: [path.join(dir, HEADERS_FILE)],
    configHeaders: undefined,
    minimal: true,
  });
}

describe('inline script hashes', () => {
  it('hashes the scripts a browser runs, as CSP hashes them (sha256, base64, of the text)', () => {
    const html =
      '<html><head><script>a()</script><script type="module">b()</script>' +
      '<script src="/x.js"></script><script type="application/ld+json">{"a":1}</script>' +
      '<script type="text/javascript">c()</script></head></html>';
    expect(inlineScriptHashes(html)).toEqual([
      scriptHash('a()'),
      scriptHash('b()'),
      scriptHash('c()'),
    ]);
    // The value browsers compute for `alert('Hello, world.');` (CSP Level 3's example).
    expect(scriptHash("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
  });

  it('collects every page of every locale and version, once each', async () => {
    const dir = site({
      'index.html': '<script>one()</script>',
      'tr/index.html': '<script>two()</script>',
      'tr/2021-08/x.html': '<script>one()</script>',
      'assets/js/x.js': 'not a page',
    });
    expect(await collectScriptHashes(dir)).toEqual(
      [scriptHash('one()'), scriptHash('two()')].sort(),
    );
  });
});

describe('style elements', () => {
  it("allows the pages' style elements by hash, and style attributes as before", async () => {
    const dir = site({
      'index.html': '<style>p{margin:0}</style><script>one()</script><p style="color:red">x</p>',
      'tr/index.html': '<style>p{margin:0}</style>',
    });
    await writeHeadersFile(dir);
    const text = fs.readFileSync(path.join(dir, HEADERS_FILE), 'utf8');
    expect([...policyStyleHashes(text)]).toEqual([scriptHash('p{margin:0}')]);
    expect([...policyScriptHashes(text)]).toEqual([scriptHash('one()')]);
    const {headers} = await parse(text);
    const csp = headers[0]!.values['Content-Security-Policy'];
    // A hash in style-src would switch its 'unsafe-inline' off for attributes.
    expect(csp).toContain("style-src 'self' 'unsafe-inline';");
    expect(csp).toContain(`style-src-elem 'self' ${scriptHash('p{margin:0}')}`);
  });
});

describe('_headers', () => {
  const hashes = [scriptHash('one()'), scriptHash('two()')];

  it('is read by the hosts parser: security headers on every path, a year of cache on assets', async () => {
    const {headers, errors} = await parse(headersFileText(hashes));
    expect(errors).toEqual([]);
    expect(headers.map((h) => h.for)).toEqual(['/*', '/assets/*']);
    const all = headers[0]!.values;
    expect(Object.keys(all)).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
        'X-Frame-Options',
      ]),
    );
    // Hosts join the values of every matching rule: one Cache-Control only.
    expect(all['Cache-Control']).toBeUndefined();
    expect(headers[1]!.values).toEqual({'Cache-Control': IMMUTABLE});
  });

  it('allows scripts by hash only, from this origin only, and no framing', async () => {
    const text = headersFileText(hashes);
    const {headers} = await parse(text);
    const policy = headers[0]!.values['Content-Security-Policy']!;
    const directives = new Map(
      policy.split(';').map((d) => {
        const [name = '', ...sources] = d.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'", ...hashes]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    // No other origin anywhere: keywords, hashes and data: images only.
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).toMatch(/^('[a-z-]+'|'sha256-[A-Za-z0-9+/=]+'|data:)$/);
      }
    }
    expect([...policyScriptHashes(text)]).toEqual(hashes);
  });

  it('stops the build when the policy line outgrows what hosts accept', () => {
    const many = Array.from({length: 40}, (_, i) => scriptHash(`s${i}()`));
    expect(() => headersFileText(many)).toThrow(
      new RegExp(`over the ${MAX_HEADER_LINE} static hosts accept \\(40 inline script hashes\\)`),
    );
  });

  it('is written at the root of the build with the hashes found', async () => {
    const dir = site({'index.html': '<script>one()</script>'});
    const found = await writeHeadersFile(dir, [scriptHash('two()')]);
    expect(found).toEqual(hashes);
    expect(policyScriptHashes(fs.readFileSync(path.join(dir, HEADERS_FILE), 'utf8'))).toEqual(
      new Set(hashes),
    );
  });
});

describe('SITE_URL', () => {
  it('keeps the placeholder for local builds', () => {
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({SITE_URL: ' '})).toBe(DEFAULT_SITE_URL);
  });

  it('takes an https origin, with or without the trailing slash', () => {
    expect(siteUrl({SITE_URL: 'https://docs.example.com'})).toBe('https://docs.example.com');
    expect(siteUrl({SITE_URL: 'https://Docs.Example.com/'})).toBe('https://docs.example.com');
    expect(siteUrl({SITE_URL: 'https://docs.example.com:8443'})).toBe(
      'https://docs.example.com:8443',
    );
  });

  it.each([
    ['http://docs.example.com', 'the scheme is http'],
    ['docs.example.com', 'not an absolute URL'],
    ['https://docs.example.com/licensing', 'it has a path (/licensing)'],
    ['https://docs.example.com//', 'it has a path (//)'],
    ['https://docs.example.com/?a=1', 'it has a query'],
    ['https://docs.example.com/#top', 'it has a fragment'],
    ['https://user:pw@docs.example.com', 'it holds a user name or password'],
  ])('refuses %s, naming the variable', (value, problem) => {
    expect(() => siteUrl({SITE_URL: value})).toThrow(
      `SITE_URL="${value}": ${problem}; expected an https origin`,
    );
  });
});

/**
 * Redirections (src/msdocs/redirections.ts): Microsoft's entries as rules,
 * chains, loops, unknown and external targets, every version, the
 * `_redirects` lines; and the real docset's files when ../shared has them.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  expandForVersions,
  readRedirections,
  redirectsFileLines,
  RedirectionError,
  resolveRedirections,
  routeOfPath,
  type RedirectionEntry,
} from '../../src/msdocs/redirections';
import {externalLinkProblem} from '../../src/links/allowedDomains';

const PAGES = new Set([
  '/microsoft-365/commerce/b',
  '/microsoft-365/commerce/c',
  '/microsoft-365/commerce/faq',
  '/microsoft-365/commerce',
]);
const DOCSET = path.resolve(__dirname, '../../../shared/docsets/microsoft-365-commerce');

let n = 0;
const entry = (source_path: string, redirect_url: string): RedirectionEntry => ({
  source_path,
  redirect_url,
  redirect_document_id: false,
  at: `r.json#${n++}`,
});
const resolve = (entries: RedirectionEntry[], learnLocale = 'en-us') =>
  resolveRedirections(entries, {
    isPage: (r) => PAGES.has(r),
    pages: PAGES,
    externalProblem: externalLinkProblem,
    learnLocale,
  });
const problemsOf = (entries: RedirectionEntry[]): string => {
  try {
    resolve(entries);
  } catch (err) {
    expect(err).toBeInstanceOf(RedirectionError);
    return (err as Error).message;
  }
  throw new Error('expected a RedirectionError');
};

describe('redirection rules', () => {
  it('turns source paths into routes', () => {
    expect(routeOfPath('microsoft-365/commerce/a.md')).toBe('/microsoft-365/commerce/a');
    expect(routeOfPath('microsoft-365/commerce/x-faq.yml')).toBe('/microsoft-365/commerce/x-faq');
    expect(routeOfPath('/microsoft-365/commerce/index.yml')).toBe('/microsoft-365/commerce');
    expect(routeOfPath('/microsoft-365/commerce/a/')).toBe('/microsoft-365/commerce/a');
  });

  it('sends an old address to a page, keeping the target #hash', () => {
    expect(
      resolve([
        entry('microsoft-365/commerce/a.md', '/microsoft-365/commerce/b'),
        entry('microsoft-365/commerce/q.yml', '/microsoft-365/commerce/faq#who'),
      ]),
    ).toEqual([
      expect.objectContaining({from: '/microsoft-365/commerce/a', to: '/microsoft-365/commerce/b'}),
      expect.objectContaining({
        from: '/microsoft-365/commerce/q',
        to: '/microsoft-365/commerce/faq#who',
      }),
    ]);
  });

  it('follows a chain to its end', () => {
    const rules = resolve([
      entry('microsoft-365/commerce/a.md', '/microsoft-365/commerce/old'),
      entry('microsoft-365/commerce/old.md', '/microsoft-365/commerce/older'),
      entry('microsoft-365/commerce/older.md', '/microsoft-365/commerce/c'),
    ]);
    expect(rules.map((r) => [r.from, r.to])).toEqual([
      ['/microsoft-365/commerce/a', '/microsoft-365/commerce/c'],
      ['/microsoft-365/commerce/old', '/microsoft-365/commerce/c'],
      ['/microsoft-365/commerce/older', '/microsoft-365/commerce/c'],
    ]);
  });

  it('fails on a loop, naming the entry and the cycle', () => {
    expect(
      problemsOf([
        entry('microsoft-365/commerce/x.md', '/microsoft-365/commerce/y'),
        entry('microsoft-365/commerce/y.md', '/microsoft-365/commerce/x'),
      ]),
    ).toMatch(
      /r\.json#\d+ \(microsoft-365\/commerce\/x\.md\): redirects in a loop: \/microsoft-365\/commerce\/x -> \/microsoft-365\/commerce\/y -> \/microsoft-365\/commerce\/x/,
    );
  });

  it('fails on a target in a published docset that is not a page', () => {
    expect(
      problemsOf([entry('microsoft-365/commerce/a.md', '/microsoft-365/commerce/gone')]),
    ).toMatch(
      /\(microsoft-365\/commerce\/a\.md\): target \/microsoft-365\/commerce\/gone is not a page of the site/,
    );
  });

  it('imported entries: a target the docset lacks goes to Learn and is reported, a loop still fails', () => {
    const reported: string[] = [];
    const lenient = (entries: RedirectionEntry[]) =>
      resolveRedirections(entries, {
        isPage: (r) => PAGES.has(r),
        pages: PAGES,
        externalProblem: externalLinkProblem,
        learnLocale: 'tr-tr',
        onMissingTarget: 'warn',
        onDefect: (e, message) => reported.push(`${e.source_path}: ${message}`),
      });
    const rules = lenient([entry('microsoft-365/commerce/a.md', '/microsoft-365/commerce/gone')]);
    expect(rules).toEqual([
      expect.objectContaining({
        from: '/microsoft-365/commerce/a',
        to: 'https://learn.microsoft.com/tr-tr/microsoft-365/commerce/gone',
        external: true,
      }),
    ]);
    expect(reported).toEqual([
      expect.stringMatching(
        /^microsoft-365\/commerce\/a\.md: target \/microsoft-365\/commerce\/gone is not a page of the site .*redirected to https:\/\/learn\.microsoft\.com\/tr-tr\//,
      ),
    ]);
    expect(() =>
      lenient([
        entry('microsoft-365/commerce/x.md', '/microsoft-365/commerce/y'),
        entry('microsoft-365/commerce/y.md', '/microsoft-365/commerce/x'),
      ]),
    ).toThrow(/redirects in a loop/);
  });

  it('sends other root-relative targets to Learn in the locale, keeps allowed external URLs', () => {
    const rules = resolve(
      [
        entry('microsoft-365/commerce/a.md', '/microsoftteams/upgrade'),
        entry('microsoft-365/commerce/p.md', 'https://support.microsoft.com/account-billing/x'),
        entry('microsoft-365/commerce/d.md', 'https://docs.microsoft.com/microsoft-365/commerce/b'),
        entry(
          'microsoft-365/commerce/e.md',
          'https://learn.microsoft.com/en-us/microsoft-365/admin',
        ),
      ],
      'tr-tr',
    );
    expect(Object.fromEntries(rules.map((r) => [r.from, [r.to, r.external]]))).toEqual({
      '/microsoft-365/commerce/a': [
        'https://learn.microsoft.com/tr-tr/microsoftteams/upgrade',
        true,
      ],
      '/microsoft-365/commerce/p': ['https://support.microsoft.com/account-billing/x', true],
      // Learn's address of a page we have: our page.
      '/microsoft-365/commerce/d': ['/microsoft-365/commerce/b', false],
      '/microsoft-365/commerce/e': ['https://learn.microsoft.com/en-us/microsoft-365/admin', true],
    });
  });

  it('fails on an external target that is not allowed', () => {
    expect(problemsOf([entry('microsoft-365/commerce/a.md', 'https://evil.example/x')])).toMatch(
      /\(microsoft-365\/commerce\/a\.md\): target domain evil\.example is not in/,
    );
    expect(problemsOf([entry('microsoft-365/commerce/a.md', 'b.md')])).toMatch(
      /neither a root-relative path/,
    );
  });

  it('leaves an address that is a page again alone; the first entry for a source wins', () => {
    const rules = resolve([
      entry('microsoft-365/commerce/b.md', '/microsoft-365/commerce/c'),
      entry('microsoft-365/commerce/a.md', '/microsoft-365/commerce/b'),
      entry('microsoft-365/commerce/a.md', '/microsoft-365/commerce/c'),
    ]);
    expect(rules.map((r) => [r.from, r.to])).toEqual([
      ['/microsoft-365/commerce/a', '/microsoft-365/commerce/b'],
    ]);
  });

  it('reads a redirection file, naming a bad entry by file and index', () => {
    const text = JSON.stringify({
      redirections: [
        {source_path: 'a.md', redirect_url: '/b', redirect_document_id: true},
        {source_path: 'c.md'},
      ],
    });
    expect(() => readRedirections(text, 'imported/redirections.en.json')).toThrow(
      /imported\/redirections\.en\.json#1: redirect_url: .*expected source_path and redirect_url/,
    );
    expect(() => readRedirections('{', 'r.json')).toThrow(/r\.json: not valid JSON/);
    expect(readRedirections(JSON.stringify({redirections: []}), 'r.json')).toEqual([]);
  });
});

describe('rules in every version and the host file', () => {
  const rules = resolve([
    entry('microsoft-365/commerce/a.md', '/microsoft-365/commerce/b'),
    entry('microsoft-365/commerce/z.md', '/microsoft-365/commerce/c#x'),
    entry('microsoft-365/commerce/p.md', 'https://support.microsoft.com/x'),
  ]);
  const versions = [
    {path: '', pages: PAGES},
    {path: '/2021-08', pages: new Set(['/microsoft-365/commerce/b', '/microsoft-365/commerce/z'])},
  ];

  it('applies each rule in each version, to that version when it has the target', () => {
    expect(expandForVersions(rules, versions)).toEqual([
      {from: '/microsoft-365/commerce/a', to: '/microsoft-365/commerce/b', external: false},
      {from: '/microsoft-365/commerce/p', to: 'https://support.microsoft.com/x', external: true},
      {from: '/microsoft-365/commerce/z', to: '/microsoft-365/commerce/c#x', external: false},
      {
        from: '/2021-08/microsoft-365/commerce/a',
        to: '/2021-08/microsoft-365/commerce/b',
        external: false,
      },
      {
        from: '/2021-08/microsoft-365/commerce/p',
        to: 'https://support.microsoft.com/x',
        external: true,
      },
      // The snapshot still has z: its page stays.
    ]);
  });

  it('writes `from to 301` lines, first rule per address', () => {
    expect(
      redirectsFileLines([
        {from: '/a b', to: '/c', external: false},
        {from: '/a b', to: '/d', external: false},
        {from: '/x', to: 'https://support.microsoft.com/y?q=1', external: true},
      ]),
    ).toEqual(['/a%20b /c 301', '/x https://support.microsoft.com/y?q=1 301']);
  });
});

describe.runIf(fs.existsSync(DOCSET))("the commerce docset's redirection files", () => {
  it('read without errors, every entry', () => {
    for (const locale of ['en', 'tr']) {
      const file = path.join(DOCSET, locale, 'redirections.json');
      const entries = readRedirections(fs.readFileSync(file, 'utf8'), file);
      expect(entries.length).toBeGreaterThan(100);
    }
  });
});
if (!fs.existsSync(DOCSET)) {
  console.log(`redirections: ${DOCSET} is absent; the docset checks are skipped`);
}

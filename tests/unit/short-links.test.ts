import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {derivedShortId, shortIdOf, supportIdProblem} from '../../src/links/shortId';
import {
  pinsOf,
  resolveShortLinks,
  ShortLinkError,
  type ShortLinkDoc,
} from '../../src/plugins/short-links/resolve';
import {REDIRECT_SCRIPT, redirectPageHtml} from '../../src/plugins/short-links/redirectPage';

const FIXTURES = path.resolve(__dirname, '../fixtures/short-links');

async function frontMatterOf(fixture: string): Promise<Record<string, unknown>> {
  const filePath = path.join(FIXTURES, fixture);
  const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({
    filePath,
    fileContent: fs.readFileSync(filePath, 'utf8'),
  });
  return frontMatter;
}

/** A doc as the plugin sees it, its front matter read from a fixture file. */
async function doc(
  fixture: string,
  where: {docId: string; version?: string; file: string; source?: string},
): Promise<ShortLinkDoc> {
  const frontMatter = await frontMatterOf(fixture);
  const versionName = where.version ?? 'current';
  const locale = where.file.startsWith('i18n/tr/') ? '/tr' : '';
  const versionPath = versionName === 'current' ? '' : `/${versionName}`;
  return {
    docId: where.docId,
    versionName,
    file: where.file,
    permalink: `${locale}${versionPath}/${where.docId}`,
    title: String(frontMatter.title),
    frontMatter,
    source: where.source
      ? {
          file: where.source,
          supportId: (await frontMatterOf(where.source)).support_id as string | undefined,
        }
      : undefined,
  };
}

function problemsOf(docs: ShortLinkDoc[]): string[] {
  try {
    resolveShortLinks(docs);
  } catch (error) {
    if (error instanceof ShortLinkError) return error.problems;
    throw error;
  }
  return [];
}

const MOVE = 'microsoft-365/commerce/subscriptions/move-subscription';
const RENEW = 'microsoft-365/commerce/subscriptions/renew';

describe('short-link ids', () => {
  it('uses support_id when the article has one, else an id derived from its path', () => {
    expect(shortIdOf({support_id: 'move-subscription'}, MOVE)).toBe('move-subscription');
    expect(shortIdOf({}, RENEW)).toBe(derivedShortId(RENEW));
    expect(derivedShortId(RENEW)).toMatch(/^p[0-9a-z]{6}$/);
  });

  it('derives the same id every time and different ids for different paths', () => {
    expect(derivedShortId(RENEW)).toBe(derivedShortId(RENEW));
    expect(derivedShortId(RENEW)).not.toBe(derivedShortId(MOVE));
  });

  it('reads a numeric support_id as text', async () => {
    expect(shortIdOf(await frontMatterOf('en-numeric-id.md'), 'x')).toBe('4689');
  });

  it('accepts lowercase words joined by hyphens and refuses other shapes', () => {
    expect(supportIdProblem('transfer-licenses')).toBeUndefined();
    expect(supportIdProblem(4689)).toBeUndefined();
    expect(supportIdProblem('Transfer Licenses')).toMatch(
      /lowercase letters, digits and single hyphens/,
    );
    expect(supportIdProblem('a--b')).toMatch(/single hyphens/);
    expect(supportIdProblem('x'.repeat(41))).toMatch(/at most 40 characters/);
    expect(supportIdProblem(-3)).toMatch(/expected a string/);
  });
});

describe('which article a short link opens', () => {
  it('opens the newest version that has the article, by support_id and by derived id', async () => {
    const docs = [
      await doc('en-with-id.md', {docId: MOVE, file: `docs/${MOVE}.md`}),
      await doc('en-with-id.md', {
        docId: MOVE,
        version: '2021-08',
        file: `versioned_docs/version-2021-08/${MOVE}.md`,
      }),
    ];
    const {targets} = resolveShortLinks(docs);
    expect(targets.get('move-subscription')?.permalink).toBe(`/${MOVE}`);
    expect(targets.get(derivedShortId(MOVE))?.permalink).toBe(`/${MOVE}`);
    expect(targets.size).toBe(2);
  });

  it('follows the article when its path changed between versions', async () => {
    const oldPath = 'microsoft-365/commerce/billing/move-subscription';
    const docs = [
      await doc('en-with-id.md', {docId: MOVE, file: `docs/${MOVE}.md`}),
      await doc('en-with-id.md', {
        docId: oldPath,
        version: '2021-08',
        file: `versioned_docs/version-2021-08/${oldPath}.md`,
      }),
    ];
    const {targets} = resolveShortLinks(docs);
    expect(targets.get('move-subscription')?.permalink).toBe(`/${MOVE}`);
    // The old version's generated id still works: it only ever named the old path.
    expect(targets.get(derivedShortId(oldPath))?.permalink).toBe(`/2021-08/${oldPath}`);
  });

  it('keeps a link printed by an old version (generated id) pointing at the latest', async () => {
    const docs = [
      await doc('en-with-id.md', {docId: MOVE, file: `docs/${MOVE}.md`}),
      await doc('en-no-id.md', {
        docId: MOVE,
        version: '2021-08',
        file: `versioned_docs/version-2021-08/${MOVE}.md`,
      }),
    ];
    expect(resolveShortLinks(docs).targets.get(derivedShortId(MOVE))?.permalink).toBe(`/${MOVE}`);
  });

  it('accepts a translation that keeps the English support_id', async () => {
    const tr = await doc('tr-with-id.md', {
      docId: MOVE,
      file: `i18n/tr/docusaurus-plugin-content-docs/current/${MOVE}.md`,
      source: 'en-with-id.md',
    });
    expect(resolveShortLinks([tr]).targets.get('move-subscription')?.permalink).toBe(`/tr/${MOVE}`);
  });
});

describe('front matter mistakes fail the build, naming file, key and expectation', () => {
  const trFile = `i18n/tr/docusaurus-plugin-content-docs/current/${MOVE}.md`;

  it('a support_id with capitals and spaces', async () => {
    expect(
      problemsOf([await doc('en-bad-spaces.md', {docId: MOVE, file: `docs/${MOVE}.md`})]),
    ).toEqual([
      `docs/${MOVE}.md: front matter "support_id": expected lowercase letters, digits and single hyphens (like "transfer-licenses"), got "Cancel Subscription"`,
    ]);
  });

  it('a support_id that is a list', async () => {
    expect(
      problemsOf([await doc('en-bad-list.md', {docId: MOVE, file: `docs/${MOVE}.md`})]),
    ).toEqual([
      `docs/${MOVE}.md: front matter "support_id": expected a string of lowercase letters, digits and hyphens, got ["cancel","subscription"]`,
    ]);
  });

  it('a support_id shaped like a generated id', async () => {
    expect(
      problemsOf([
        await doc('en-bad-generated-shape.md', {docId: MOVE, file: `docs/${MOVE}.md`}),
      ])[0],
    ).toMatch(/^docs\/.+: front matter "support_id": "p1a2b3c" has the shape of a generated id/);
  });

  it('a translation with another support_id than its English source', async () => {
    expect(
      problemsOf([
        await doc('tr-other-id.md', {docId: MOVE, file: trFile, source: 'en-with-id.md'}),
      ]),
    ).toEqual([
      `${trFile}: front matter "support_id": expected "move-subscription" as in the English source en-with-id.md, got "abonelik-tasima"`,
    ]);
  });

  it('a translation without the support_id of its English source', async () => {
    expect(
      problemsOf([
        await doc('tr-missing-id.md', {docId: MOVE, file: trFile, source: 'en-with-id.md'}),
      ]),
    ).toEqual([
      `${trFile}: front matter "support_id": expected "move-subscription" as in the English source en-with-id.md, got none`,
    ]);
  });

  it('a translation with a support_id its English source lacks', async () => {
    expect(
      problemsOf([
        await doc('tr-with-id.md', {docId: RENEW, file: trFile, source: 'en-no-id.md'}),
      ])[0],
    ).toMatch(
      /front matter "support_id" is "move-subscription" but the English source en-no-id.md has none; set it there/,
    );
  });

  it('two articles of one version sharing a support_id', async () => {
    const docs = [
      await doc('en-with-id.md', {docId: MOVE, file: `docs/${MOVE}.md`}),
      await doc('en-with-id.md', {docId: RENEW, file: `docs/${RENEW}.md`}),
    ];
    expect(problemsOf(docs)).toEqual([
      `docs/${RENEW}.md: front matter "support_id": "move-subscription" is already the id of docs/${MOVE}.md; each article needs its own`,
    ]);
  });

  it('reports every problem at once', async () => {
    const docs = [
      await doc('en-bad-spaces.md', {docId: MOVE, file: `docs/${MOVE}.md`}),
      await doc('en-bad-list.md', {docId: RENEW, file: `docs/${RENEW}.md`}),
    ];
    expect(() => resolveShortLinks(docs)).toThrow(
      /2 problem\(s\)[\s\S]*move-subscription[\s\S]*renew/,
    );
  });
});

describe('link to this version, on the current version', () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'en-with-id.md'), 'utf8');
  const edited = `${text}\nA paragraph added after the snapshot.\n`;

  it('is the newest snapshot with the very same file', () => {
    expect(
      pinsOf([
        {versionName: 'current', docs: [{id: MOVE, text}]},
        {versionName: '2022-01', docs: [{id: MOVE, text}]},
        {versionName: '2021-08', docs: [{id: MOVE, text}]},
      ]),
    ).toEqual({[MOVE]: '2022-01'});
  });

  it('is none once the current text has changed, or when no snapshot has the article', () => {
    expect(
      pinsOf([
        {
          versionName: 'current',
          docs: [
            {id: MOVE, text: edited},
            {id: RENEW, text},
          ],
        },
        {versionName: '2021-08', docs: [{id: MOVE, text}]},
      ]),
    ).toEqual({});
  });
});

describe('static redirect page', () => {
  const html = redirectPageHtml({
    to: '/tr/microsoft-365/x',
    canonical: 'https://example.org/tr/microsoft-365/x',
    lang: 'tr',
    title: 'Lisansları <aktarma> & "taşıma"',
  });

  it('goes to the target with a script that keeps ?query#hash, and with a meta refresh', () => {
    expect(html).toContain('<html lang="tr" data-to="/tr/microsoft-365/x">');
    expect(html).toContain(`<script>${REDIRECT_SCRIPT}</script>`);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/tr/microsoft-365/x">');
  });

  it('names the canonical page, the language and the title, and stays out of search results', () => {
    expect(html).toContain('<link rel="canonical" href="https://example.org/tr/microsoft-365/x">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<title>Lisansları &#60;aktarma&#62; &#38; &#34;taşıma&#34;</title>');
  });

  it('offers a plain link for browsers that follow neither', () => {
    expect(html).toContain(
      '<a href="/tr/microsoft-365/x">Lisansları &#60;aktarma&#62; &#38; &#34;taşıma&#34;</a>',
    );
  });

  it('cannot be broken out of by a target address', () => {
    const tricky = redirectPageHtml({
      to: '/a</script><b>"',
      canonical: 'https://e.org/a',
      lang: 'en',
      title: 't',
    });
    expect(tricky).not.toContain('</script><b>');
  });
});

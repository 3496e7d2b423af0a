/**
 * The benchmark's synthetic corpus (scripts/bench/corpus.mjs): Microsoft
 * Docs-style articles the site must build at N = 100 and 400, the same every
 * run, parallel in English and Turkish, linking only to articles that exist.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {
  AREAS,
  VERSIONS,
  contentDir,
  planCorpus,
  renderArticle,
  writeCorpus,
} from '../../scripts/bench/corpus.mjs';

const SEED = 'microsoft-365/commerce/licenses/transfer-licenses-between-tenants.md';

/** Front matter as Docusaurus reads it, and the Markdown after it. */
async function split(
  markdown: string,
): Promise<{frontMatter: Record<string, unknown>; body: string}> {
  const {frontMatter, content} = await DEFAULT_PARSE_FRONT_MATTER({
    fileContent: markdown,
    filePath: 'article.md',
  });
  return {frontMatter, body: content};
}

const headingIds = (body: string): string[] =>
  [...body.matchAll(/^#+ <a name="([^"]+)"><\/a>/gm)].map((m) => m[1] ?? '');
const links = (body: string): string[] =>
  [...body.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? '');

describe('synthetic corpus', () => {
  const articles = planCorpus(400);

  it('adds N - 1 articles to the real one, each at its own Microsoft path', () => {
    expect(planCorpus(1)).toEqual([]);
    expect(articles).toHaveLength(399);
    expect(new Set(articles.map((a) => a.relPath)).size).toBe(399);
    expect(articles.map((a) => a.relPath)).not.toContain(SEED);
    for (const a of articles)
      expect(AREAS.map((area) => area.dir)).toContain(path.posix.dirname(a.relPath));
  });

  it('writes the same Markdown on every run', () => {
    const again = planCorpus(400);
    expect(renderArticle(again[41]!, again, 'tr', 'current')).toBe(
      renderArticle(articles[41]!, articles, 'tr', 'current'),
    );
  });

  it('uses what Microsoft articles use: ms.* front matter, anchored headings, the five alerts, tables, PowerShell', async () => {
    const all = articles.map((a) => renderArticle(a, articles, 'en', 'current')).join('\n');
    for (const type of ['NOTE', 'TIP', 'IMPORTANT', 'CAUTION', 'WARNING'])
      expect(all).toContain(`> [!${type}]`);
    expect(all).toMatch(/^\| --- \| --- \| --- \| --- \|$/m);
    expect(all).toContain('```powershell');

    const {frontMatter, body} = await split(renderArticle(articles[0]!, articles, 'tr', '2021-08'));
    expect(frontMatter).toMatchObject({
      'ms.contentlocale': 'tr-TR',
      'ms.topic': expect.any(String),
      'ms.date': expect.stringMatching(/^\d\d\/\d\d\/2021$/),
    });
    expect(frontMatter['ms.translationtype']).toMatch(/^(MT|HT)$/);
    expect(body).toMatch(/^# <a name="[a-z0-9-]+"><\/a>Kullanıcılara .+ lisansları atama$/m);
  });

  it('gives both languages the same heading ids, and Turkish its letters', async () => {
    for (const a of articles.slice(0, 30)) {
      const en = (await split(renderArticle(a, articles, 'en', 'current'))).body;
      const tr = (await split(renderArticle(a, articles, 'tr', 'current'))).body;
      expect(headingIds(tr)).toEqual(headingIds(en));
      expect(tr).toMatch(/[çğıİöşü]/);
      expect(en).not.toMatch(/[çğıİöşü]/);
    }
  });

  it('links between articles only to articles that exist, relative and root-relative', async () => {
    const known = new Set([SEED, ...articles.map((a) => a.relPath)]);
    let internal = 0;
    for (const a of articles) {
      for (const url of links((await split(renderArticle(a, articles, 'tr', 'current'))).body)) {
        if (/^https:\/\//.test(url)) continue;
        const target = url.startsWith('/')
          ? `${url.slice(1)}.md`
          : path.posix.join(path.posix.dirname(a.relPath), url);
        expect(known, `${a.relPath} -> ${url}`).toContain(target);
        internal++;
      }
    }
    expect(internal).toBeGreaterThan(articles.length);
  });
});

describe('writeCorpus', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, {recursive: true, force: true});
  });

  it('writes every article in both locales and versions, with folder labels in Turkish next to the existing ones', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-test-'));
    const labels = path.join(dir, 'i18n/tr/docusaurus-plugin-content-docs/current.json');
    fs.mkdirSync(path.dirname(labels), {recursive: true});
    fs.writeFileSync(labels, JSON.stringify({'version.label': {message: 'Güncel'}}));

    const written = writeCorpus(dir, 12);
    expect(written).toHaveLength(11);
    for (const version of VERSIONS) {
      for (const locale of ['en', 'tr']) {
        for (const a of written)
          expect(fs.existsSync(path.join(contentDir(dir, locale, version), a.relPath))).toBe(true);
      }
    }
    const billing = JSON.parse(
      fs.readFileSync(
        path.join(dir, 'docs/microsoft-365/commerce/billing/_category_.json'),
        'utf8',
      ),
    );
    expect(billing.label).toBe('Billing');
    const tr = JSON.parse(fs.readFileSync(labels, 'utf8'));
    expect(tr['version.label'].message).toBe('Güncel');
    expect(tr['sidebar.docs.category.Billing'].message).toBe('Faturalama');
    expect(tr['sidebar.docs.category.Admin'].message).toBe('Yönetim');
  });
});

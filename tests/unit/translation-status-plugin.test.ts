import path from 'node:path';
import fs from 'node:fs';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import translationStatus, {translationStatusStep} from '../../src/plugins/translation-status';
import {createParseFrontMatter, frontMatterPipeline} from '../../src/msdocs/parseFrontMatter';
import {runMark} from '../../src/translation/cli';
import {
  EN_ASSIGN,
  EN_MISSING,
  scratchSite,
  TR_ASSIGN,
  TR_FILES,
  TR_REMOVE,
  type Scratch,
} from './translation-fixture';

let site: Scratch;
afterEach(() => site?.cleanup());

/** Front matter of a file as the docs plugin would get it while building `locale`. */
async function frontMatter(rel: string, locale: string): Promise<Record<string, unknown>> {
  const parse = frontMatterPipeline([translationStatusStep({siteDir: site.dir, locale})]);
  const filePath = path.join(site.dir, rel);
  const {frontMatter} = await parse({
    filePath,
    fileContent: fs.readFileSync(filePath, 'utf8'),
    defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
  });
  return frontMatter;
}

describe('page status in front matter (front matter step)', () => {
  it('marks a translated page outdated after an English edit and current again after the revert', async () => {
    site = scratchSite();
    await runMark(TR_FILES, site.io('2024-05-02'));
    expect((await frontMatter(TR_ASSIGN, 'tr'))['translation.status']).toEqual({
      status: 'current',
      type: 'human',
      date: '2024-05-02',
    });

    const original = site.read(EN_ASSIGN);
    site.edit(EN_ASSIGN, (t) => t.replace('needs a license', 'needs exactly one license'));
    expect((await frontMatter(TR_ASSIGN, 'tr'))['translation.status']).toEqual({
      status: 'outdated',
      type: 'human',
      date: '2024-05-02',
      reason: 'changed',
      changedSections: ['_intro'],
    });

    site.write(EN_ASSIGN, original);
    expect((await frontMatter(TR_ASSIGN, 'tr'))['translation.status']).toMatchObject({
      status: 'current',
    });
  });

  it("replaces our record with the status and keeps Microsoft's keys as they are", async () => {
    site = scratchSite();
    const unmarked = await frontMatter(TR_REMOVE, 'tr');
    expect(unmarked).toMatchObject({
      title: 'Lisansı kaldırma',
      'ms.translationtype': 'MT',
      'ms.lasthandoff': '03/15/2022',
    });
    expect(unmarked['translation.status']).toEqual({
      status: 'outdated',
      type: 'machine',
      date: '2022-03-15',
      reason: 'unrecorded',
    });

    await runMark([TR_REMOVE], site.io('2024-05-02'));
    const marked = await frontMatter(TR_REMOVE, 'tr');
    expect(Object.keys(marked).filter((k) => k.startsWith('translation.'))).toEqual([
      'translation.status',
    ]);
    expect(marked).toMatchObject({
      'ms.lasthandoff': '03/15/2022',
      'translation.status': {status: 'current', date: '2024-05-02'},
    });
  });

  it('marks the English page a Turkish build falls back to as missing', async () => {
    site = scratchSite();
    expect((await frontMatter(EN_MISSING, 'tr'))['translation.status']).toEqual({
      status: 'missing',
    });
  });

  it('adds nothing to English pages, partials or files outside the docs', async () => {
    site = scratchSite();
    expect(await frontMatter(EN_ASSIGN, 'en')).not.toHaveProperty('translation.status');
    site.write('docs/_includes/note.md', '---\ntitle: x\n---\nA partial.\n');
    expect(await frontMatter('docs/_includes/note.md', 'tr')).not.toHaveProperty(
      'translation.status',
    );
    site.write('src/pages/about.md', '---\ntitle: About\n---\nAbout.\n');
    expect(await frontMatter('src/pages/about.md', 'tr')).not.toHaveProperty('translation.status');
  });

  it('fails on a bad record with the file and key', async () => {
    site = scratchSite();
    site.placeBad('status-written.md', TR_ASSIGN);
    await expect(frontMatter(TR_ASSIGN, 'tr')).rejects.toThrow(
      `${TR_ASSIGN}: front matter "translation.status": expected no such key`,
    );
  });
});

describe('translation-status plugin', () => {
  function plugin(locale: string) {
    const context = {
      siteDir: site.dir,
      i18n: {defaultLocale: 'en', locales: ['en', 'tr'], currentLocale: locale},
    } as unknown as LoadContext;
    return translationStatus(context);
  }

  it('fails the build, in any locale, when a record anywhere is bad', async () => {
    site = scratchSite();
    site.placeBad('bad-hash.md', TR_ASSIGN);
    await expect(plugin('en').loadContent?.()).rejects.toThrow(
      `${TR_ASSIGN}: front matter "translation.sourcehash"`,
    );
  });

  it('logs the locale being built in one line and warns about a translation that is never built', async () => {
    site = scratchSite();
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await plugin('tr').loadContent?.();
      expect(info.mock.calls.flat().join('\n')).toContain(
        'tr: 5 translations checked: 3 outdated, 1 missing, 1 orphaned',
      );
      expect(warn.mock.calls.flat().join('\n')).toContain('retired-article.md');
    } finally {
      info.mockRestore();
      warn.mockRestore();
    }
  });
});

describe('the site pipeline (src/msdocs/parseFrontMatter.ts)', () => {
  async function articleMeta(rel: string, locale: string): Promise<Record<string, unknown>> {
    const parse = createParseFrontMatter({siteDir: site.dir, locales: ['en', 'tr'], locale});
    const filePath = path.join(site.dir, rel);
    const {frontMatter} = await parse({
      filePath,
      fileContent: fs.readFileSync(filePath, 'utf8'),
      defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
    });
    expect(frontMatter).not.toHaveProperty('translation.status');
    return frontMatter.msdocs as Record<string, unknown>;
  }

  it('puts the status inside ArticleMeta, next to what Microsoft says of the translation', async () => {
    site = scratchSite();
    await runMark([TR_REMOVE], site.io('2024-05-02'));
    expect((await articleMeta(TR_REMOVE, 'tr')).translation).toMatchObject({
      type: 'MT',
      status: 'current',
      date: '2024-05-02',
    });
    expect((await articleMeta(EN_MISSING, 'tr')).translation).toEqual({status: 'missing'});
    expect((await articleMeta(EN_ASSIGN, 'en')).translation).toBeUndefined();
  });
});

describe('which English sections changed since the translation', () => {
  it('names the edited section and a new one, not the sections left alone', async () => {
    site = scratchSite();
    site.edit(EN_ASSIGN, (t) => `${t}\n## Remove a license\n\nOpen the person's licenses.\n`);
    await runMark(TR_FILES, site.io('2024-05-02'));
    expect(site.read(TR_ASSIGN)).toMatch(
      /^translation\.sections: _intro:[0-9a-f]{8} remove-a-license:[0-9a-f]{8}$/m,
    );

    site.edit(EN_ASSIGN, (t) =>
      t
        .replace("Open the person's licenses.", "Open the person's licenses and clear one.")
        .concat('\n### <a name="later"></a>Later\n\nMore text.\n'),
    );
    expect((await frontMatter(TR_ASSIGN, 'tr'))['translation.status']).toMatchObject({
      status: 'outdated',
      changedSections: ['remove-a-license', 'later'],
    });
  });
});

import {afterEach, describe, expect, it} from 'vitest';
import {runMark} from '../../src/translation/cli';
import {scanSite, TranslationTreeError, type StatusRow} from '../../src/translation/status';
import {
  EN_ASSIGN,
  EN_OLD_ASSIGN,
  scratchSite,
  TR_ASSIGN,
  TR_FILES,
  TR_OLD_ASSIGN,
  TR_ORPHAN,
  type Scratch,
} from './translation-fixture';

let site: Scratch;
afterEach(() => site?.cleanup());

async function statuses(): Promise<Record<string, string>> {
  const rows = await scanSite({siteDir: site.dir, locales: ['tr']});
  return Object.fromEntries(
    rows.map((r: StatusRow) => [`${r.article} ${r.locale} ${r.version}`, r.status]),
  );
}

/** The fixture with every translation recorded as up to date. */
async function markedSite(): Promise<Scratch> {
  site = scratchSite();
  expect(await runMark(TR_FILES, site.io())).toBe(0);
  return site;
}

describe('translation status over a site tree', () => {
  it('gives every article a status per locale and version', async () => {
    await markedSite();
    const rows = await scanSite({siteDir: site.dir, locales: ['tr']});
    expect(rows).toEqual([
      {
        article: 'billing/pay-invoice',
        locale: 'tr',
        version: 'current',
        status: 'missing',
        sourceFile: 'docs/billing/pay-invoice.md',
      },
      {
        article: 'licenses/assign-licenses',
        locale: 'tr',
        version: 'current',
        status: 'current',
        type: 'human',
        date: '2024-05-02',
        reason: undefined,
        sourceFile: EN_ASSIGN,
        translationFile: TR_ASSIGN,
      },
      {
        article: 'licenses/assign-licenses',
        locale: 'tr',
        version: '2021-08',
        status: 'current',
        type: 'human',
        date: '2024-05-02',
        reason: undefined,
        sourceFile: EN_OLD_ASSIGN,
        translationFile: TR_OLD_ASSIGN,
      },
      expect.objectContaining({
        article: 'licenses/remove-licenses',
        status: 'machine-translated',
        type: 'machine',
      }),
      expect.objectContaining({
        article: 'licenses/retired-article',
        status: 'orphaned',
        translationFile: TR_ORPHAN,
      }),
    ]);
  });

  it('flags a translation when its English source is edited, and clears the flag when the edit is reverted', async () => {
    await markedSite();
    const original = site.read(EN_ASSIGN);

    site.edit(EN_ASSIGN, (t) =>
      t.replace('Save your changes.', 'Save your changes, then tell the person.'),
    );
    expect(await statuses()).toMatchObject({
      'licenses/assign-licenses tr current': 'outdated',
      // The snapshot has its own English source: untouched, still current.
      'licenses/assign-licenses tr 2021-08': 'current',
    });
    const [row] = (await scanSite({siteDir: site.dir, locales: ['tr']})).filter(
      (r) => r.article === 'licenses/assign-licenses' && r.version === 'current',
    );
    expect(row).toMatchObject({status: 'outdated', reason: 'changed', date: '2024-05-02'});

    site.write(EN_ASSIGN, original);
    expect(await statuses()).toMatchObject({'licenses/assign-licenses tr current': 'current'});
  });

  it('does not flag whitespace-only or metadata-only edits of the English source', async () => {
    await markedSite();
    site.edit(EN_ASSIGN, (t) =>
      t
        .replace('Open the admin center,\nchoose', 'Open the admin center, choose')
        .replace('ms.date: 02/01/2024', 'ms.date: 06/01/2024')
        .replace(/\n/g, '\r\n'),
    );
    expect(await statuses()).toMatchObject({'licenses/assign-licenses tr current': 'current'});
  });

  it('keeps a machine translation machine-translated when current, and outdated when its source changes', async () => {
    await markedSite();
    site.edit('docs/licenses/remove-licenses.md', (t) =>
      t.replace('When someone leaves', 'When a person leaves'),
    );
    const rows = await scanSite({siteDir: site.dir, locales: ['tr']});
    expect(rows.find((r) => r.article === 'licenses/remove-licenses')).toMatchObject({
      status: 'outdated',
      type: 'machine',
      // Our record's date (from i18n:mark) wins over ms.lasthandoff.
      date: '2024-05-02',
    });
  });

  it('calls a translation with no recorded hash outdated (unrecorded), dated by Microsoft hand-off', async () => {
    site = scratchSite();
    const rows = await scanSite({siteDir: site.dir, locales: ['tr']});
    expect(rows.find((r) => r.article === 'licenses/remove-licenses')).toMatchObject({
      status: 'outdated',
      reason: 'unrecorded',
      type: 'machine',
      date: '2022-03-15',
    });
  });

  it('reports every bad record at once, naming the file and the key', async () => {
    site = scratchSite();
    site.placeBad('bad-hash.md', TR_ASSIGN);
    site.placeBad('english-with-record.md', EN_OLD_ASSIGN);
    const error = await scanSite({siteDir: site.dir, locales: ['tr']}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TranslationTreeError);
    expect((error as Error).message).toContain(
      `${TR_ASSIGN}: front matter "translation.sourcehash": expected the 64-character`,
    );
    expect((error as Error).message).toContain(
      `${EN_OLD_ASSIGN}: front matter "translation.sourcehash": expected no translation.* key`,
    );
  });

  it('lists every English article as missing for a locale with no translations yet', async () => {
    site = scratchSite();
    const rows = await scanSite({siteDir: site.dir, locales: ['de']});
    expect(rows.map((r) => `${r.article} ${r.version} ${r.status}`)).toEqual([
      'billing/pay-invoice current missing',
      'licenses/assign-licenses current missing',
      'licenses/assign-licenses 2021-08 missing',
      'licenses/remove-licenses current missing',
    ]);
  });
});

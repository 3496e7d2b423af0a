import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {runMark, runStatus} from '../../src/translation/cli';
import {
  EN_ASSIGN,
  EN_MISSING,
  scratchSite,
  TR_ASSIGN,
  TR_FILES,
  TR_ORPHAN,
  TR_REMOVE,
  type Scratch,
} from './translation-fixture';

const repo = path.resolve(__dirname, '../..');
let site: Scratch;
afterEach(() => site?.cleanup());

/** The fixture with the missing and orphaned cases removed and everything marked. */
async function cleanSite(): Promise<Scratch> {
  site = scratchSite();
  site.remove(EN_MISSING);
  site.remove(TR_ORPHAN);
  expect(await runMark(TR_FILES, site.io())).toBe(0);
  return site;
}

describe('npm run i18n:status', () => {
  it('prints a table per article, locale and version with status, type and translation date', async () => {
    site = scratchSite();
    await runMark([TR_ASSIGN], site.io('2024-05-02'));
    const io = site.io();
    expect(await runStatus([], io)).toBe(0);
    expect(io.out[0]?.split(/\s{2,}/)).toEqual([
      'Article',
      'Locale',
      'Version',
      'Status',
      'Type',
      'Translated',
      'Note',
    ]);
    const rows = io.out.slice(2, 7).map((l) => l.split(/\s{2,}/));
    expect(rows).toEqual([
      ['billing/pay-invoice', 'tr', 'current', 'missing', '-', '-', 'readers get the English page'],
      ['licenses/assign-licenses', 'tr', 'current', 'current', 'human', '2024-05-02'],
      [
        'licenses/assign-licenses',
        'tr',
        '2021-08',
        'outdated',
        'human',
        '-',
        'no translation.sourcehash recorded',
      ],
      [
        'licenses/remove-licenses',
        'tr',
        'current',
        'outdated',
        'machine',
        '2022-03-15',
        'no translation.sourcehash recorded',
      ],
      [
        'licenses/retired-article',
        'tr',
        'current',
        'orphaned',
        'human',
        '-',
        'English source is gone; this file is not built',
      ],
    ]);
    expect(io.out).toContain(
      '5 translations checked: 1 current, 2 outdated, 1 missing, 1 orphaned',
    );
    expect(io.out).toContain(`  npm run i18n:mark -- ${TR_REMOVE}`);
  });

  it('--strict fails while anything is outdated, missing or orphaned, and passes once all is current', async () => {
    await cleanSite();
    expect(await runStatus(['--strict'], site.io())).toBe(0);

    site.edit(EN_ASSIGN, (t) => `${t}\nOne more sentence.\n`);
    const io = site.io();
    expect(await runStatus(['--strict'], io)).toBe(1);
    expect(io.err).toEqual(['i18n:status --strict: 1 translation is not current']);
  });

  it('--json prints the rows for other tools', async () => {
    await cleanSite();
    const io = site.io();
    expect(await runStatus(['--json'], io)).toBe(0);
    const rows = JSON.parse(io.out.join('\n')) as {status: string}[];
    expect(rows.map((r) => r.status)).toEqual(['current', 'current', 'machine-translated']);
  });

  it('exits 2 with the file and key when a record is bad', async () => {
    site = scratchSite();
    site.placeBad('bad-date.md', TR_ASSIGN);
    const io = site.io();
    expect(await runStatus([], io)).toBe(2);
    expect(io.err.join('\n')).toContain(
      `${TR_ASSIGN}: front matter "translation.date": expected a date written YYYY-MM-DD`,
    );
  });

  it('runs as a command on a tree without git history', () => {
    site = scratchSite();
    const tsx = path.join(repo, 'node_modules', '.bin', 'tsx');
    const run = (args: string[]): {code: number; out: string} => {
      try {
        return {
          code: 0,
          out: execFileSync(tsx, [path.join(repo, 'scripts/i18n.ts'), ...args], {
            cwd: site.dir,
            encoding: 'utf8',
            stdio: 'pipe',
            env: {...process.env, INIT_CWD: site.dir},
          }),
        };
      } catch (error) {
        const e = error as {status: number; stdout: string};
        return {code: e.status, out: e.stdout};
      }
    };
    expect(run(['status', '--strict'])).toMatchObject({code: 1});
    expect(run(['mark', ...TR_FILES]).code).toBe(0);
    site.remove(EN_MISSING);
    site.remove(TR_ORPHAN);
    const after = run(['status', '--strict']);
    expect(after.code).toBe(0);
    expect(after.out).toContain('3 translations checked: 2 current, 1 machine-translated');
  });
});

describe('npm run i18n:mark', () => {
  it('records the hash and date and changes no other line of the file', async () => {
    site = scratchSite();
    const before = site.read(TR_ASSIGN).split('\n');
    const io = site.io('2024-05-02');
    expect(await runMark([TR_ASSIGN], io)).toBe(0);
    const after = site.read(TR_ASSIGN).split('\n');
    const added = after.filter((l) => !before.includes(l));
    expect(added).toEqual([
      expect.stringMatching(/^translation\.sourcehash: [0-9a-f]{64}$/),
      'translation.date: 2024-05-02',
      expect.stringMatching(/^translation\.sections: _intro:[0-9a-f]{8}$/),
    ]);
    expect(after.filter((l) => !added.includes(l))).toEqual(before);
    expect(io.out).toEqual([
      expect.stringMatching(
        new RegExp(
          `^current: ${TR_ASSIGN} \\(English source [0-9a-f]{12}, translated 2024-05-02\\)$`,
        ),
      ),
    ]);
  });

  it('re-marking after an English edit replaces the old record in place', async () => {
    site = scratchSite();
    await runMark([TR_ASSIGN], site.io('2024-05-02'));
    const first = site.read(TR_ASSIGN);
    site.edit(EN_ASSIGN, (t) => t.replace('Save your changes.', 'Save.'));
    expect(await runMark(['--date', '2024-07-01', TR_ASSIGN], site.io())).toBe(0);
    const second = site.read(TR_ASSIGN);
    expect(second.split('\n').length).toBe(first.split('\n').length);
    expect(second).toContain('translation.date: 2024-07-01');
    expect(second.match(/translation\.sourcehash: (\w+)/)?.[1]).not.toBe(
      first.match(/translation\.sourcehash: (\w+)/)?.[1],
    );
  });

  it('resolves paths against the folder it was started from', async () => {
    site = scratchSite();
    const io = {
      ...site.io(),
      cwd: path.join(site.dir, 'i18n/tr/docusaurus-plugin-content-docs/current/licenses'),
    };
    expect(await runMark(['assign-licenses.md'], io)).toBe(0);
    expect(site.read(TR_ASSIGN)).toContain('translation.sourcehash:');
  });

  it.each([
    [
      [EN_ASSIGN],
      `${EN_ASSIGN}: expected a translation under i18n/<locale>/docusaurus-plugin-content-docs/<current|version-*>/`,
    ],
    [[TR_ORPHAN], `${TR_ORPHAN}: expected an English source at docs/licenses/retired-article.md`],
    [
      ['i18n/tr/docusaurus-plugin-content-docs/current/nope.md'],
      'i18n/tr/docusaurus-plugin-content-docs/current/nope.md: expected an existing translation file',
    ],
    [
      ['--date', '2024-13-01', TR_ASSIGN],
      '--date: expected a date written YYYY-MM-DD, got "2024-13-01"',
    ],
    [[], 'i18n:mark: no file given'],
  ])('refuses %j with a message saying what was expected', async (args, message) => {
    site = scratchSite();
    const io = site.io();
    expect(await runMark(args, io)).toBe(2);
    expect(io.err.join('\n')).toContain(message);
  });

  it('writes nothing when one of several files is refused', async () => {
    site = scratchSite();
    const before = site.read(TR_ASSIGN);
    expect(await runMark([TR_ASSIGN, TR_ORPHAN], site.io())).toBe(2);
    expect(site.read(TR_ASSIGN)).toBe(before);
  });
});

describe('this site', () => {
  it("has the seed's Turkish translations current in every version", async () => {
    const io = {
      siteDir: repo,
      cwd: repo,
      out: [] as string[],
      stdout(l: string) {
        io.out.push(l);
      },
      stderr() {},
    };
    expect(await runStatus(['--json'], io)).toBe(0);
    const rows = JSON.parse(io.out.join('\n')) as {
      article: string;
      version: string;
      status: string;
    }[];
    const seed = rows.filter(
      (r) => r.article === 'microsoft-365/commerce/licenses/transfer-licenses-between-tenants',
    );
    expect(seed.map((r) => [r.version, r.status])).toEqual([
      ['current', 'machine-translated'],
      ['2021-08', 'machine-translated'],
    ]);
  });
});

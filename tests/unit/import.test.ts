/**
 * `npm run import` (scripts/import.ts) over temporary sites: what a docset
 * brings in, where, byte for byte; updates on a second run; the team's files
 * are never overwritten; bad arguments are clear errors. Then the shared
 * commerce docset, whose README and manifest say how many files it has.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {CONTENT_DIRS, readRecord, references, runImport, type Io} from '../../scripts/import';

const repoDir = path.resolve(__dirname, '..', '..');
const fixture = path.join(repoDir, 'tests', 'fixtures', 'docset');
const DOCSET = 'microsoft-365/sample-docset';
const temps: string[] = [];

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
});

/** An empty site and a copy of the fixture roots (so tests can change upstream). */
function setup(): {site: string; upstream: string; io: Io; out: string[]; err: string[]} {
  const site = tempDir('import-site-');
  fs.writeFileSync(path.join(site, 'imported-docsets.json'), '{\n  "docsets": []\n}\n');
  const upstream = tempDir('import-upstream-');
  fs.cpSync(fixture, upstream, {recursive: true});
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    siteDir: site,
    cwd: upstream,
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
  };
  return {site, upstream, io, out, err};
}

const ARGS = ['--en', 'en', '--tr', 'tr', DOCSET];

describe('npm run import', () => {
  it('brings in articles, .yml pages, toc, and the includes and images they use', () => {
    const {site, upstream, io, out} = setup();
    expect(runImport(ARGS, io)).toBe(0);
    const en = (rel: string) => path.join(site, 'docs', rel);
    const tr = (rel: string) => path.join(site, CONTENT_DIRS.tr!, rel);
    for (const rel of [
      `${DOCSET}/plan-seats.md`,
      `${DOCSET}/billing/pay-monthly.md`,
      `${DOCSET}/billing/close-account.md`,
      `${DOCSET}/seat-faq.yml`,
      `${DOCSET}/index.yml`,
      `${DOCSET}/toc.yml`,
      // Outside the docset folder, reached through [!INCLUDE] and :::image.
      'microsoft-365/includes/sample-seat-rule.md',
      'microsoft-365/media/sample-docset/seat-chart.png',
    ]) {
      // Byte for byte: front matter verbatim.
      expect(fs.readFileSync(en(rel)), rel).toEqual(
        fs.readFileSync(path.join(upstream, 'en', rel)),
      );
    }
    expect(fs.existsSync(tr(`${DOCSET}/billing/only-in-turkish.md`))).toBe(true);
    expect(fs.existsSync(tr(`${DOCSET}/toc.yml`))).toBe(true);
    // The Turkish tree has no include: the build uses the English one, nothing is copied.
    expect(fs.existsSync(tr('microsoft-365/includes/sample-seat-rule.md'))).toBe(false);
    // Microsoft's build configuration stays out, and the output says so.
    expect(fs.existsSync(tr('microsoft-365/docfx.json'))).toBe(false);
    expect(fs.existsSync(tr('microsoft-365/breadcrumb/TOC.yml'))).toBe(false);
    expect(out.join('\n')).toMatch(/left out tr\/microsoft-365\/docfx\.json/);
    expect(out.join('\n')).toMatch(/15 added, 0 changed, 0 removed, 0 unchanged/);
  });

  it('records what it brought in, sorted, with the roots as given', () => {
    const {site, io} = setup();
    runImport(ARGS, io);
    const record = readRecord(site);
    expect(record.docsets).toHaveLength(1);
    const [docset] = record.docsets;
    expect(docset!.path).toBe(DOCSET);
    expect(docset!.en).toBe(path.relative(site, path.join(io.cwd, 'en')).split(path.sep).join('/'));
    expect(docset!.files.en).toEqual([...docset!.files.en!].sort());
    expect(docset!.files.en).toContain('microsoft-365/includes/sample-seat-rule.md');
    expect(docset!.files.tr).toContain(`${DOCSET}/billing/only-in-turkish.md`);
    expect(docset!.files.tr).not.toContain('microsoft-365/docfx.json');
  });

  it('keeps the redirection entries under the imported docset path, per locale', () => {
    const {site, io} = setup();
    runImport(ARGS, io);
    const read = (locale: string) =>
      JSON.parse(
        fs.readFileSync(path.join(site, 'imported', `redirections.${locale}.json`), 'utf8'),
      ) as {redirections: {source_path: string; redirect_url: string}[]};
    const en = read('en').redirections.map((r) => r.source_path);
    expect(en).toEqual([`${DOCSET}/billing/only-in-turkish.md`, `${DOCSET}/old-seat-planning.md`]);
    expect(read('tr').redirections).toHaveLength(1);
    expect(read('tr').redirections[0]).toMatchObject({
      source_path: `${DOCSET}/old-seat-planning.md`,
      redirect_url: '/microsoft-365/sample-docset/plan-seats',
      redirect_document_id: true,
    });
  });

  it('updates on a second run: changed replaced, removed removed, the rest unchanged', () => {
    const {site, upstream, io, out} = setup();
    runImport(ARGS, io);
    const changed = path.join(upstream, 'en', DOCSET, 'billing', 'pay-monthly.md');
    fs.appendFileSync(changed, '\nA sentence added upstream.\n');
    fs.rmSync(path.join(upstream, 'en', DOCSET, 'billing', 'close-account.md'));
    out.length = 0;
    expect(runImport(ARGS, io)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/1 added|0 added/);
    expect(text).toContain(`changed: docs/${DOCSET}/billing/pay-monthly.md`);
    expect(text).toContain(`removed: docs/${DOCSET}/billing/close-account.md`);
    expect(text).toMatch(/0 added, 1 changed, 1 removed, 13 unchanged/);
    expect(fs.readFileSync(path.join(site, 'docs', DOCSET, 'billing', 'pay-monthly.md'))).toEqual(
      fs.readFileSync(changed),
    );
    expect(fs.existsSync(path.join(site, 'docs', DOCSET, 'billing', 'close-account.md'))).toBe(
      false,
    );
    expect(readRecord(site).docsets[0]!.files.en).not.toContain(
      `${DOCSET}/billing/close-account.md`,
    );
  });

  it('removes only what an import recorded: a team file next to imported ones stays', () => {
    const {site, upstream, io} = setup();
    runImport(ARGS, io);
    const teamFile = path.join(site, 'docs', DOCSET, 'billing', 'our-notes.md');
    fs.writeFileSync(teamFile, '# Our notes\n');
    fs.rmSync(path.join(upstream, 'en', DOCSET, 'billing'), {recursive: true});
    expect(runImport(ARGS, io)).toBe(0);
    expect(fs.readFileSync(teamFile, 'utf8')).toBe('# Our notes\n');
  });

  it('refuses to overwrite a file the team wrote, and writes nothing', () => {
    const {site, io, err} = setup();
    const ours = path.join(site, 'docs', DOCSET, 'plan-seats.md');
    fs.mkdirSync(path.dirname(ours), {recursive: true});
    fs.writeFileSync(ours, '# Written by the team\n');
    expect(runImport(ARGS, io)).toBe(1);
    expect(err.join('\n')).toMatch(
      /not overwriting:\n\s+docs\/microsoft-365\/sample-docset\/plan-seats\.md/,
    );
    expect(fs.readFileSync(ours, 'utf8')).toBe('# Written by the team\n');
    expect(fs.existsSync(path.join(site, 'docs', DOCSET, 'toc.yml'))).toBe(false);
    expect(readRecord(site).docsets).toEqual([]);
  });

  it('a bad root or docset path is a clear error with exit code 2', () => {
    const {io, err} = setup();
    expect(runImport(['--en', 'nowhere', DOCSET], io)).toBe(2);
    expect(err.pop()).toMatch(/--en nowhere: no such folder/);
    expect(runImport(['--en', 'en', '--tr', 'tr', 'microsoft-365/not-a-docset'], io)).toBe(2);
    expect(err.pop()).toMatch(/microsoft-365\/not-a-docset: no such folder in the en root/);
    expect(runImport(['--en', 'en', '../outside'], io)).toBe(2);
    expect(err.pop()).toMatch(/without \.\./);
    expect(runImport(['--en', 'en'], io)).toBe(2);
    expect(err.pop()).toMatch(/no docset path given/);
    expect(runImport(['--tr', 'tr', DOCSET], io)).toBe(2);
    expect(err.pop()).toMatch(/--en <english root> is required/);
  });

  it('finds includes and images in every form Microsoft writes them', () => {
    expect(
      references(
        [
          '[!INCLUDE [a](../includes/a.md)]',
          '- step [!include[b](<../includes/b c.md>)]',
          ':::image type="complex" source="media/x.png" alt-text="x" lightbox="media/x-big.png":::',
          '![y](media/y.png "title")',
          '<img src="media/z.png" alt="z">',
          '![remote](https://example.org/r.png) ![rooted](/media/r.png)',
        ].join('\n'),
      ).sort(),
    ).toEqual(
      [
        '../includes/a.md',
        '../includes/b c.md',
        'media/x.png',
        'media/x-big.png',
        'media/y.png',
        'media/z.png',
      ].sort(),
    );
  });
});

// The shared commerce docset (third-party text, never copied into the repository).
const sharedDocset = path.resolve(repoDir, '..', 'shared', 'docsets', 'microsoft-365-commerce');

describe('the shared commerce docset', () => {
  if (!fs.existsSync(path.join(sharedDocset, 'manifest.json'))) {
    it(`not found at ${path.relative(repoDir, sharedDocset)}: only the fixture docset is imported`, () => {
      expect(fs.existsSync(fixture)).toBe(true);
    });
    return;
  }

  it('imports every file of its manifest but redirections and Turkish config', () => {
    const site = tempDir('import-commerce-');
    const io: Io = {siteDir: site, cwd: sharedDocset, stdout: () => {}, stderr: () => {}};
    expect(runImport(['--en', 'en', '--tr', 'tr', 'microsoft-365/commerce'], io)).toBe(0);
    const manifest = JSON.parse(
      fs.readFileSync(path.join(sharedDocset, 'manifest.json'), 'utf8'),
    ) as {lang: string; repo_path: string; kind: string}[];
    const [docset] = readRecord(site).docsets;
    for (const locale of ['en', 'tr']) {
      const expected = manifest
        .filter((m) => m.lang === locale && !['redirections', 'config'].includes(m.kind))
        .map((m) => m.repo_path)
        .sort();
      // README: 66 en / 80 tr files, minus redirections.json and (tr) 2 config files.
      expect(expected.length).toBe(locale === 'en' ? 65 : 77);
      expect(docset!.files[locale]).toEqual(expected);
      const redirections = JSON.parse(
        fs.readFileSync(path.join(site, 'imported', `redirections.${locale}.json`), 'utf8'),
      ) as {redirections: unknown[]};
      // README: 193 en / 174 tr redirect entries, all under microsoft-365/commerce/.
      expect(redirections.redirections).toHaveLength(locale === 'en' ? 193 : 174);
    }
  });
});

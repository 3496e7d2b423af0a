/**
 * Navigation from toc.yml (src/msdocs/toc.ts, src/msdocs/tocSidebar.ts):
 * what a reader finds in the sidebar, from tocs in the Turkish (top-level
 * list) and English (`items:` root) shapes, written in our own words.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
  clearTocDefects,
  parseToc,
  tocDefects,
  tocSidebarItems,
  withFallback,
  ymlRoute,
  type TocEntry,
  type TocSidebarItem,
  type TocSidebarOptions,
} from '../../src/msdocs/toc';
import {tocSidebarItemsGenerator} from '../../src/msdocs/tocSidebar';

const ENGLISH = `items:
- name: Seats overview
  href: index.yml
  items:
    - name: Plan seats
      href: plan-seats.md
    - name: Billing
      expanded: true
      items:
        - name: Pay monthly
          href: billing/pay-monthly.md
        - name: Close an account
          href: billing/close-account.md
    - name: Seat FAQ
      href: seat-faq.yml
    - name: Partner portal
      href: https://partner.example.org/seats
`;

const TURKISH = `- name: Koltuklara genel bakış
  href: index.yml
- name: Koltukları planlama
  href: plan-seats.md
- name: Faturalama
  items:
    - name: Aylık ödeme
      href: billing/pay-monthly.md
`;

const DOCS = new Set(['d/plan-seats.md', 'd/billing/pay-monthly.md', 'd/billing/close-account.md']);
const FILES = new Set([...DOCS, 'd/index.yml', 'd/seat-faq.yml']);

function options(entries: TocEntry[], more: Partial<TocSidebarOptions> = {}): TocSidebarOptions {
  return {
    file: 'docs/d/toc.yml',
    tocDir: 'd',
    entries,
    versionPath: '',
    docId: (rel) => (DOCS.has(rel) ? rel.replace(/\.md$/, '') : undefined),
    exists: (rel) => FILES.has(rel),
    readToc: () => undefined,
    onMissing: 'throw',
    warn: () => {},
    ...more,
  };
}

/** The labels a reader sees, nested. */
function outline(items: TocSidebarItem[]): unknown[] {
  return items.map((item) =>
    item.type === 'category' ? {[item.label]: outline(item.items)} : item.label,
  );
}

beforeEach(() => clearTocDefects());

describe('parseToc', () => {
  it('reads the English shape (items: root) with names, hrefs, nesting and lines', () => {
    const entries = parseToc(ENGLISH, 'toc.yml');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({name: 'Seats overview', href: 'index.yml', line: 3});
    expect(entries[0]!.items.map((e) => e.name)).toEqual([
      'Plan seats',
      'Billing',
      'Seat FAQ',
      'Partner portal',
    ]);
    expect(entries[0]!.items[1]).toMatchObject({expanded: true});
    expect(entries[0]!.items[1]!.items[1]).toMatchObject({
      href: 'billing/close-account.md',
      line: 13,
    });
  });

  it('reads the Turkish shape (a top-level list)', () => {
    const entries = parseToc(TURKISH, 'toc.yml');
    expect(entries.map((e) => e.name)).toEqual([
      'Koltuklara genel bakış',
      'Koltukları planlama',
      'Faturalama',
    ]);
  });

  it('names the file and line of what is not a toc', () => {
    expect(() => parseToc('- name: A\n  href: a.md\n- href: b.md\n', 'x/toc.yml')).toThrow(
      'x/toc.yml:3: toc: an entry without `name`',
    );
    expect(() => parseToc('title: nothing here\n', 'x/toc.yml')).toThrow(/x\/toc.yml:1: toc:/);
    expect(() => parseToc('- name: [unclosed\n', 'x/toc.yml')).toThrow(/not valid YAML/);
  });
});

describe('the docset fixture`s tocs (tests/fixtures/docset)', () => {
  const fixture = path.resolve(__dirname, '..', 'fixtures', 'docset');
  const read = (locale: string) =>
    parseToc(
      fs.readFileSync(path.join(fixture, locale, 'microsoft-365/sample-docset/toc.yml'), 'utf8'),
      `${locale}/toc.yml`,
    );

  it('reads both shapes: the English items: root and the Turkish top-level list', () => {
    expect(read('en').map((e) => e.name)).toEqual(['Seats and billing sample']);
    expect(read('en')[0]!.items).toHaveLength(5);
    expect(read('tr').map((e) => e.name)).toEqual([
      'Koltuklar ve faturalama örneği',
      'Koltuklarınızı planlayın',
      'Faturalama',
      'Koltuk soruları',
    ]);
  });
});

describe('tocSidebarItems', () => {
  it('turns articles into docs, .yml pages and external hrefs into links, items into categories', () => {
    const items = tocSidebarItems(options(parseToc(ENGLISH, 'toc.yml')));
    expect(outline(items)).toEqual([
      {
        'Seats overview': [
          'Seats overview',
          'Plan seats',
          {Billing: ['Pay monthly', 'Close an account']},
          'Seat FAQ',
          'Partner portal',
        ],
      },
    ]);
    const overview = items[0] as Extract<TocSidebarItem, {type: 'category'}>;
    // index.yml is the folder's landing page: served at the folder's path.
    expect(overview.items[0]).toEqual({type: 'link', href: '/d', label: 'Seats overview'});
    expect(overview.items[1]).toEqual({type: 'doc', id: 'd/plan-seats', label: 'Plan seats'});
    expect(overview.items[2]).toMatchObject({type: 'category', collapsed: false});
    expect(overview.items[3]).toEqual({type: 'link', href: '/d/seat-faq', label: 'Seat FAQ'});
    expect(overview.items[4]).toEqual({
      type: 'link',
      href: 'https://partner.example.org/seats',
      label: 'Partner portal',
    });
  });

  it('an entry with an article and items is a category linking to the article', () => {
    const entries = parseToc(
      '- name: Planning\n  href: plan-seats.md\n  items:\n  - name: Pay\n    href: billing/pay-monthly.md\n',
      'toc.yml',
    );
    expect(tocSidebarItems(options(entries))).toEqual([
      {
        type: 'category',
        label: 'Planning',
        link: {type: 'doc', id: 'd/plan-seats'},
        items: [{type: 'doc', id: 'd/billing/pay-monthly', label: 'Pay'}],
      },
    ]);
  });

  it('routes .yml pages in a version under its path', () => {
    expect(ymlRoute('d/seat-faq.yml', '2021-08')).toBe('/2021-08/d/seat-faq');
    expect(ymlRoute('d/index.yml', '')).toBe('/d');
  });

  it('brings in a folder`s toc.yml where an entry points at the folder', () => {
    const nested = parseToc('- name: Pay monthly\n  href: pay-monthly.md\n', 'billing/toc.yml');
    for (const href of ['billing/', 'billing/toc.yml']) {
      const items = tocSidebarItems(
        options(parseToc(`- name: Billing\n  href: ${href}\n`, 'toc.yml'), {
          readToc: (rel) =>
            rel === 'd/billing/toc.yml'
              ? {file: 'docs/d/billing/toc.yml', entries: nested}
              : undefined,
        }),
      );
      expect(items).toEqual([
        {
          type: 'category',
          label: 'Billing',
          items: [{type: 'doc', id: 'd/billing/pay-monthly', label: 'Pay monthly'}],
        },
      ]);
    }
  });

  it('a missing file in the team`s content stops the build, naming toc.yml:line', () => {
    const entries = parseToc(
      '- name: A\n  href: plan-seats.md\n- name: Gone\n  href: gone.md\n',
      'x',
    );
    expect(() => tocSidebarItems(options(entries))).toThrow(
      'docs/d/toc.yml:4: toc: entry "Gone" points at gone.md, which is not on the site',
    );
  });

  it('in an imported docset, leaves the entry out with a warning and records it', () => {
    const warnings: string[] = [];
    const entries = parseToc(
      '- name: A\n  href: plan-seats.md\n- name: Gone\n  href: gone.md\n- name: No FAQ\n  href: nothing.yml\n',
      'x',
    );
    const items = tocSidebarItems(
      options(entries, {onMissing: 'warn', warn: (m) => warnings.push(m)}),
    );
    expect(outline(items)).toEqual(['A']);
    expect(warnings).toEqual([
      'docs/d/toc.yml:4: toc: entry "Gone" points at gone.md, which is not on the site; left out of the sidebar',
      'docs/d/toc.yml:6: toc: entry "No FAQ" points at nothing.yml, which does not exist; left out of the sidebar',
    ]);
    expect(tocDefects()).toEqual([
      expect.objectContaining({file: 'docs/d/toc.yml', line: 4, construct: 'toc'}),
      expect.objectContaining({file: 'docs/d/toc.yml', line: 6, construct: 'toc'}),
    ]);
  });
});

describe('withFallback (a translation`s toc)', () => {
  it('keeps the Turkish labels and order; English entries the Turkish toc lacks come in after their predecessor', () => {
    const merged = withFallback(
      parseToc(TURKISH, 'tr/toc.yml'),
      parseToc(ENGLISH, 'en/toc.yml'),
      'd',
      'docs/d/toc.yml',
    );
    const items = tocSidebarItems(options(merged, {file: 'i18n/tr/d/toc.yml'}));
    expect(outline(items)).toEqual([
      'Koltuklara genel bakış',
      'Koltukları planlama',
      {Faturalama: ['Aylık ödeme', 'Close an account']},
      'Seat FAQ',
      'Partner portal',
    ]);
  });

  it('names the English toc for a defect in an English entry it fell back to', () => {
    const english = parseToc('- name: Gone\n  href: gone.md\n', 'en');
    const merged = withFallback([], english, 'd', 'docs/d/toc.yml');
    tocSidebarItems(options(merged, {file: 'i18n/tr/d/toc.yml', onMissing: 'warn'}));
    expect(tocDefects()[0]).toMatchObject({file: 'docs/d/toc.yml', line: 2});
  });
});

describe('tocSidebarItemsGenerator (the docs plugin`s generator)', () => {
  let site: string;
  const locale = process.env.DOCUSAURUS_CURRENT_LOCALE;
  beforeEach(() => {
    site = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-site-'));
  });
  afterEach(() => {
    fs.rmSync(site, {recursive: true, force: true});
    if (locale === undefined) delete process.env.DOCUSAURUS_CURRENT_LOCALE;
    else process.env.DOCUSAURUS_CURRENT_LOCALE = locale;
  });

  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(site, rel)), {recursive: true});
    fs.writeFileSync(path.join(site, rel), text);
  };
  const doc = (id: string) => ({
    id,
    title: id,
    frontMatter: {},
    source: `@site/docs/${id}.md`,
    sourceDirName: path.posix.dirname(id),
    sidebarPosition: undefined,
  });
  // What Docusaurus' default generator makes of docs/m/{other/a, d/plan-seats}.md.
  const defaults: TocSidebarItem[] = [
    {
      type: 'category',
      label: 'M',
      items: [
        {type: 'category', label: 'Other', items: [{type: 'doc', id: 'm/other/a', label: 'a'}]},
        {type: 'category', label: 'D', items: [{type: 'doc', id: 'm/d/plan-seats', label: 'p'}]},
      ],
    },
  ];
  const run = async () =>
    (await tocSidebarItemsGenerator({
      item: {type: 'autogenerated', dirName: '.'},
      version: {contentPath: path.join(site, 'docs'), versionName: 'current'},
      docs: [doc('m/other/a'), doc('m/d/plan-seats')],
      numberPrefixParser: (filename: string) => ({filename, numberPrefix: undefined}),
      isCategoryIndex: () => false,
      categoriesMetadata: {},
      defaultSidebarItemsGenerator: () => defaults,
    } as unknown as Parameters<typeof tocSidebarItemsGenerator>[0])) as TocSidebarItem[];

  it('without a toc.yml, the sidebar is Docusaurus` own', async () => {
    expect(await run()).toBe(defaults);
  });

  it('replaces the folder`s category with its toc, in each locale`s language', async () => {
    write('docs/m/d/toc.yml', '- name: Plan your seats\n  href: plan-seats.md\n');
    write(
      'i18n/tr/docusaurus-plugin-content-docs/current/m/d/toc.yml',
      '- name: Koltuklarınızı planlayın\n  href: plan-seats.md\n',
    );
    process.env.DOCUSAURUS_CURRENT_LOCALE = 'en';
    expect(outline(await run())).toEqual([{M: [{Other: ['a']}, 'Plan your seats']}]);
    process.env.DOCUSAURUS_CURRENT_LOCALE = 'tr';
    expect(outline(await run())).toEqual([{M: [{Other: ['a']}, 'Koltuklarınızı planlayın']}]);
  });

  it('in a version folder, links .yml pages under the version`s path', async () => {
    process.env.DOCUSAURUS_CURRENT_LOCALE = 'tr';
    write('versioned_docs/version-v1/m/d/toc.yml', '- name: FAQ\n  href: faq.yml\n');
    write('versioned_docs/version-v1/m/d/faq.yml', '### YamlMime:FAQ\n');
    write(
      'i18n/tr/docusaurus-plugin-content-docs/version-v1/m/d/toc.yml',
      '- name: SSS\n  href: faq.yml\n',
    );
    const items = (await tocSidebarItemsGenerator({
      item: {type: 'autogenerated', dirName: '.'},
      version: {contentPath: path.join(site, 'versioned_docs', 'version-v1'), versionName: 'v1'},
      docs: [doc('m/other/a'), doc('m/d/plan-seats')],
      numberPrefixParser: (filename: string) => ({filename, numberPrefix: undefined}),
      isCategoryIndex: () => false,
      categoriesMetadata: {},
      defaultSidebarItemsGenerator: () => defaults,
    } as unknown as Parameters<typeof tocSidebarItemsGenerator>[0])) as TocSidebarItem[];
    const m = items[0] as Extract<TocSidebarItem, {type: 'category'}>;
    expect(m.items[1]).toEqual({type: 'link', href: '/v1/m/d/faq', label: 'SSS'});
  });

  it('throws for the team`s toc, warns for an imported one (imported-docsets.json)', async () => {
    process.env.DOCUSAURUS_CURRENT_LOCALE = 'en';
    write(
      'docs/m/d/toc.yml',
      '- name: Plan\n  href: plan-seats.md\n- name: Gone\n  href: gone.md\n',
    );
    await expect(run()).rejects.toThrow('docs/m/d/toc.yml:4: toc: entry "Gone"');
    write(
      'imported-docsets.json',
      JSON.stringify({docsets: [{path: 'm/d', en: 'x', files: {en: ['m/d/toc.yml']}}]}),
    );
    expect(outline(await run())).toEqual([{M: [{Other: ['a']}, 'Plan']}]);
    expect(tocDefects()).toEqual([expect.objectContaining({file: 'docs/m/d/toc.yml', line: 4})]);
  });
});

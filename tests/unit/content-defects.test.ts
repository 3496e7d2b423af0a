/**
 * Content defects in imported articles (src/msdocs/defects.ts): the bad
 * fixtures that fail the build for the site's own content
 * (./msdocs-errors.test.ts) are repaired or shown, and reported, under
 * onContentDefect 'warn'; unsafe content fails whatever the setting.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {BAD_SITE, failure, render} from './helpers/msdocs';
import {
  policyFor,
  readDefects,
  sortDefects,
  summarizeDefects,
  writeDefects,
  type ContentDefect,
} from '../../src/msdocs/defects';
import {createParseFrontMatter} from '../../src/msdocs/parseFrontMatter';

const BAD = 'docs/microsoft-365/bad';
const WARN = {defects: {onContentDefect: 'warn' as const}, siteDir: BAD_SITE};

const warned = (file: string) => render(`${BAD}/${file}`, WARN);

describe('repaired in an imported article', () => {
  it('an image without alt text: alt="" marked decorative', async () => {
    const {$, defects} = await warned('image-no-alt.md');
    const img = $('.msdocs-decorative img');
    expect(img.attr('alt')).toBe('');
    expect(img.attr('src')).toContain('media/present.png');
    expect(defects).toMatchObject([
      {file: `${BAD}/image-no-alt.md`, line: 7, construct: 'image', action: 'repaired'},
    ]);
  });

  it('an :::image without alt-text: alt="" marked decorative', async () => {
    const {$, defects} = await render(`${BAD}/image-no-alt.md`, {
      ...WARN,
      markdown: '# Image\n\n:::image type="content" source="media/present.png":::\n',
    });
    expect($('figure .msdocs-decorative img').attr('alt')).toBe('');
    expect(defects).toMatchObject([{construct: ':::image', action: 'repaired', line: 3}]);
  });

  it('a link without text: the target article title, or its address made readable', async () => {
    const {$, defects} = await warned('empty-link-text.md');
    expect($('a').text()).toBe('buy licenses');
    expect(defects[0]).toMatchObject({construct: 'link', action: 'repaired', line: 7});
  });

  for (const [locale, file, title] of [
    ['en', 'docs/microsoft-365/fixtures/zones.md', 'Rows and columns fixture'],
    [
      'tr',
      'i18n/tr/docusaurus-plugin-content-docs/current/microsoft-365/fixtures/zones.md',
      'Satırlar ve sütunlar örneği',
    ],
  ] as const) {
    it(`a link without text to an article on the site: its title (${locale})`, async () => {
      const {$} = await render(file, {
        defects: {onContentDefect: 'warn'},
        markdown: '# Page\n\nSee [](grid.md#intro).\n',
      });
      expect($('a').text()).toBe(title);
    });
  }

  it('placeholders: shown as the text the author wrote', async () => {
    const {$, defects} = await warned('placeholder.md');
    expect($('p').text()).toBe(
      'Sign in as an admin of <TenantName> and add <your domain> to the accepted domains.',
    );
    expect($('tenantname, your').length).toBe(0);
    expect(defects.map((d) => d.construct)).toEqual(['component', 'placeholder']);
  });

  it('a column with span="": one column, as DocFX shows it', async () => {
    const {$, defects} = await warned('column-span-empty.md');
    const column = $('.msdocs-row > .msdocs-column');
    expect(column.length).toBe(1);
    expect(column.attr('data-span')).toBeUndefined();
    expect(column.text()).toContain('Monthly billing.');
    expect(defects).toMatchObject([{construct: 'column', action: 'repaired'}]);
  });

  it('a link to an anchor the page lacks: the top of the page', async () => {
    const {$, defects} = await warned('anchor-missing.md');
    expect($('a').attr('href')).toBe('#');
    expect($('a').text()).toBe('the renewal steps');
    expect(defects).toMatchObject([{construct: 'link', action: 'linked-to-top', line: 7}]);
  });
});

describe('shown as "This part could not be shown" in an imported article', () => {
  const boxes: Array<[string, string, number]> = [
    ['unknown-block.md', 'DocFX', 9],
    ['unknown-alert.md', 'DocFX', 7],
    ['docfx-tabs.md', 'DocFX tabs', 7],
    ['include-missing.md', 'include', 9],
    ['image-missing.md', ':::image', 7],
    ['image-missing-markdown.md', 'image', 7],
    ['moniker-unclosed.md', 'moniker', 7],
    ['zone-no-pivot.md', 'zone', 7],
    ['video-http.md', '[!VIDEO]', 7],
  ];
  for (const [file, construct, line] of boxes) {
    it(`${file}: a box naming ${construct}`, async () => {
      const {$, defects, html} = await warned(file);
      expect($('contentdefect').first().attr('construct')).toBe(construct);
      expect(html).not.toMatch(/\[!REMINDER|:::code|#tab\//);
      expect(defects[0]).toMatchObject({
        file: `${BAD}/${file}`,
        line,
        construct,
        action: 'shown',
      });
    });
  }

  it('keeps the text around leftover syntax', async () => {
    const {$} = await warned('unknown-alert.md');
    expect($('blockquote').text()).toContain('Renew before the end of the month.');
  });
});

describe('unsafe content fails whatever the setting', () => {
  for (const file of [
    'script-tag.md',
    'event-handler.md',
    'javascript-link.md',
    'javascript-href.md',
  ])
    it(file, async () => {
      expect(await failure(`${BAD}/${file}`, WARN)).toMatch(/never code/);
    });
});

describe('which files are lenient', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'defects-'));
  afterAll(() => fs.rmSync(site, {recursive: true, force: true}));
  fs.writeFileSync(
    path.join(site, 'imported-docsets.json'),
    JSON.stringify({
      docsets: [
        {
          path: 'microsoft-365/commerce',
          files: {
            en: ['microsoft-365/commerce/a.md', 'microsoft-365/commerce/includes/i.md'],
            tr: ['microsoft-365/commerce/a.md'],
          },
        },
      ],
    }),
  );
  const en = (rel: string) => path.join(site, 'docs', rel);
  const tr = (rel: string) =>
    path.join(site, 'i18n/tr/docusaurus-plugin-content-docs/current', rel);

  it('files listed in imported-docsets.json warn, others throw', () => {
    expect(policyFor(site, {}, [en('microsoft-365/commerce/a.md')])).toBe('warn');
    expect(policyFor(site, {}, [tr('microsoft-365/commerce/a.md')])).toBe('warn');
    expect(policyFor(site, {}, [en('microsoft-365/commerce/b.md')])).toBe('throw');
    expect(policyFor(site, {}, [tr('microsoft-365/commerce/b.md')])).toBe('throw');
  });

  it('an include is lenient when it or a file including it is listed', () => {
    const ownInclude = en('microsoft-365/commerce/includes/own.md');
    expect(policyFor(site, {}, [ownInclude, en('microsoft-365/commerce/a.md')])).toBe('warn');
    expect(policyFor(site, {}, [en('microsoft-365/commerce/includes/i.md')])).toBe('warn');
    expect(policyFor(site, {}, [ownInclude, en('microsoft-365/commerce/b.md')])).toBe('throw');
  });

  it('the site config decides otherwise', () => {
    const a = [en('microsoft-365/commerce/a.md')];
    expect(policyFor(site, {onImportedContentDefect: 'throw'}, a)).toBe('throw');
    expect(policyFor(site, {onContentDefect: 'warn'}, [en('x.md')])).toBe('warn');
  });

  it('a bad front matter value in an imported file: key left out, page kept, defect kept', async () => {
    const file = en('microsoft-365/commerce/a.md');
    const fileContent = '---\ntitle: A\nms.date: 13/45/2021\n---\n# A\n';
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, fileContent);
    const hook = createParseFrontMatter({siteDir: site, locales: ['en', 'tr']});
    const params = {
      filePath: file,
      fileContent,
      defaultParseFrontMatter: async () => ({
        frontMatter: {title: 'A', 'ms.date': '13/45/2021'},
        content: '# A\n',
      }),
    };
    const {frontMatter} = await hook(params);
    expect(frontMatter.title).toBe('A');
    expect(readDefects(site, 'en')).toMatchObject([
      {
        file: 'docs/microsoft-365/commerce/a.md',
        line: 3,
        construct: 'front matter',
        action: 'dropped-value',
      },
    ]);
    // The site's own file still fails.
    const own = en('microsoft-365/commerce/b.md');
    fs.writeFileSync(own, fileContent);
    await expect(hook({...params, filePath: own})).rejects.toThrow(/ms\.date = "13\/45\/2021"/);
  });
});

describe('the report', () => {
  const record = (over: Partial<ContentDefect>): ContentDefect => ({
    file: 'docs/a.md',
    line: 1,
    column: 1,
    construct: 'image',
    message: 'm',
    action: 'repaired',
    locale: 'en',
    version: 'current',
    ...over,
  });

  it('sorted by file and line (numbers as numbers), duplicates once', () => {
    const sorted = sortDefects([
      record({line: 10}),
      record({file: 'docs/0.md', line: 3}),
      record({line: 9}),
      record({line: 9}),
    ]);
    expect(sorted.map((r) => `${r.file}:${r.line}`)).toEqual([
      'docs/0.md:3',
      'docs/a.md:9',
      'docs/a.md:10',
    ]);
  });

  it('a compile replaces its records; a removed source drops them', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
    try {
      const source = path.join(site, 'docs/a.md');
      fs.mkdirSync(path.dirname(source), {recursive: true});
      fs.writeFileSync(source, '# A\n');
      writeDefects(site, 'en', 'page:a', source, [record({line: 2}), record({line: 3})]);
      writeDefects(site, 'en', 'page:a', source, [record({line: 4})]);
      expect(readDefects(site, 'en').map((r) => r.line)).toEqual([4]);
      fs.rmSync(source);
      expect(readDefects(site, 'en')).toEqual([]);
    } finally {
      fs.rmSync(site, {recursive: true, force: true});
    }
  });

  it('the summary counts per construct and action', () => {
    const text = summarizeDefects([
      record({}),
      record({line: 2}),
      record({construct: 'include', action: 'shown'}),
    ]);
    expect(text).toContain('3 content defects');
    expect(text).toContain('2 x image (repaired)');
    expect(text).toContain('1 x include (shown)');
    expect(text).toContain('docs/a.md:1:1 [en] image: m');
  });
});

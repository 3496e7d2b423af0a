/**
 * The other language's titles (src/plugins/alternate-titles): the data file
 * the ticket menu imports lists pages in path order, whatever order the docs
 * come in and their files are read in, so the same content gives the same
 * file and the same chunk hash in every build; and the headings read from
 * the heading lines alone are those a parse of the whole article gives, on
 * every article of the corpus and on the constructs the line scan leaves to
 * the whole parse.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import type {LoadContext} from '@docusaurus/types';
import alternateTitles from '../../src/plugins/alternate-titles';
import {headingLines, parseHeadings} from '../../src/plugins/alternate-titles/read';
import {tempSite} from './helpers/temp-site';

const article = (title: string, body = '') =>
  `---\ntitle: ${title}\n---\n\n# ${title}\n\n## Bölüm\n\n${body}\n`;
const TR = path.join('i18n', 'tr', 'docusaurus-plugin-content-docs', 'current');

it('writes the titles in path order, not in the order the files were read', async () => {
  const siteDir = tempSite('alternate-titles-', {
    'docs/z.md': article('Zed'),
    'docs/a.md': article('Ay'),
    // The first doc's translation is short, the second's long: read in the
    // order they finish, the first would come first.
    [path.join(TR, 'z.md')]: article('Zet'),
    [path.join(TR, 'a.md')]: article('Ay', 'Uzun bir metin. '.repeat(100_000)),
  });
  const context = {
    siteDir,
    baseUrl: '/',
    i18n: {currentLocale: 'en', locales: ['en', 'tr']},
  } as unknown as LoadContext;
  const docs = [
    {source: '@site/docs/z.md', permalink: '/z'},
    {source: '@site/docs/a.md', permalink: '/a'},
  ];
  const written: Record<string, string> = {};
  await alternateTitles(context).allContentLoaded!({
    allContent: {'docusaurus-plugin-content-docs': {default: {loadedVersions: [{docs}]}}},
    actions: {
      createData: async (name: string, text: string) => {
        written[name] = text;
        return name;
      },
    },
  } as never);
  const titles = JSON.parse(written['titles.json']!) as Record<string, {tr: {t: string}}>;
  expect(Object.keys(titles)).toEqual(['a', 'z']);
  expect(titles.z!.tr.t).toBe('Zet');
});

/** The headings of a tree, in order, without source positions. */
function headings(tree: Root): unknown[] {
  const found: unknown[] = [];
  const walk = (node: {type: string; children?: unknown[]}) => {
    if (node.type === 'heading')
      found.push(
        JSON.parse(JSON.stringify(node, (k, v: unknown) => (k === 'position' ? undefined : v))),
      );
    else (node.children as {type: string}[] | undefined)?.forEach(walk);
  };
  walk(tree);
  return found;
}
const wholeParse = (markdown: string) =>
  headings(unified().use(remarkParse).use(remarkFrontmatter).parse(markdown) as Root);

describe('headings read from the heading lines', () => {
  const cases: Record<string, string> = {
    'ATX headings, anchors, inline code and emphasis':
      '# <a name="top"></a>Top\n\nText.\n\n## Plain section ##\n\n### With `code`\n\n### With *stress*\n\n#### <a name="a"></a> Spaced & marked\n',
    'a # line in a fenced block, indented in a list':
      '# Title\n\n1. Step\n\n   ```powershell\n   # not a heading\n   Get-Thing\n   ```\n\n```\n# nor this\n```\n\n## After\n',
    'a setext heading': 'Title\n=====\n\nSection\n---\n\n## ATX\n',
    'headings in a quote and a list': '# T\n\n> ## Quoted\n\n- ## Listed\n',
    'an HTML block around a # line': '# T\n\n<div>\ntext\n# inside the block\n</div>\n\n## Out\n',
    'a comment over blank lines': '# T\n\n<!--\n\n# commented out\n\n-->\n\n## Out\n',
    'a link definition a heading uses': '# [Ref]\n\n[ref]: https://example.com\n',
    'an unclosed fence': '# T\n\n```\n# code to the end\n',
    'a # line indented four spaces': '# T\n\n    # indented code\n',
  };
  for (const [name, markdown] of Object.entries(cases)) {
    it(`gives the whole parse's headings: ${name}`, () => {
      expect(headings(parseHeadings(markdown))).toEqual(wholeParse(markdown));
    });
  }

  it('finds the heading lines outside fences, and leaves what it cannot judge to the whole parse', () => {
    expect(headingLines(cases['a # line in a fenced block, indented in a list']!)).toEqual([
      '# Title',
      '## After',
    ]);
    for (const name of [
      'a setext heading',
      'headings in a quote and a list',
      'an HTML block around a # line',
      'a comment over blank lines',
      'a link definition a heading uses',
      'an unclosed fence',
      'a # line indented four spaces',
    ])
      expect(headingLines(cases[name]!), name).toBeUndefined();
  });

  // Real Microsoft articles (third-party text, kept outside the repository):
  // CORPUS_DIR, else ../shared/corpus next to the checkout; and the docset.
  const repoDir = path.resolve(__dirname, '../..');
  const roots = [
    process.env.CORPUS_DIR ?? path.resolve(repoDir, '../shared/corpus'),
    path.resolve(repoDir, '../shared/docsets'),
  ].filter((dir) => fs.existsSync(dir));
  const files = roots.flatMap((dir) =>
    (fs.readdirSync(dir, {recursive: true}) as string[])
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => path.join(dir, f)),
  );
  if (files.length === 0) {
    console.log(
      'alternate-titles: no corpus at ../shared/corpus or ../shared/docsets; only the constructs above are compared',
    );
    return;
  }
  it(`gives the whole parse's headings on every corpus article (${files.length}), most from their heading lines`, async () => {
    let fromLines = 0;
    for (const file of files) {
      const {content} = await DEFAULT_PARSE_FRONT_MATTER({
        filePath: file,
        fileContent: fs.readFileSync(file, 'utf8'),
      });
      expect(headings(parseHeadings(content)), file).toEqual(wholeParse(content));
      if (headingLines(content)) fromLines += 1;
    }
    // Without it the build parses every article whole again (seconds per locale).
    expect(fromLines / files.length).toBeGreaterThan(0.9);
  });
});

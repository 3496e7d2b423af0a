/**
 * The other language's titles (src/plugins/alternate-titles): the data file
 * the ticket menu imports lists pages in path order, whatever order the docs
 * come in and their files are read in, so the same content gives the same
 * file and the same chunk hash in every build.
 */
import path from 'node:path';
import {expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import alternateTitles from '../../src/plugins/alternate-titles';
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

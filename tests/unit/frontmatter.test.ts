/**
 * Microsoft Docs front matter: every key with good and bad values, the
 * normalised ArticleMeta, what Docusaurus gets, the real corpus and the
 * site's own articles. Bad fixtures: tests/fixtures/frontmatter/<locale>/bad-*.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {validateDocFrontMatter} from '@docusaurus/plugin-content-docs/lib/frontMatter.js';
import {
  FrontMatterError,
  parseMsDocsFrontMatter,
  parseMsDate,
  toArticleMeta,
  toDocusaurusFrontMatter,
  type RawFrontMatter,
} from '../../src/msdocs/frontmatter';
import {createParseFrontMatter} from '../../src/msdocs/parseFrontMatter';
import {formatArticleDate, robotsContent, type ArticleMeta} from '../../src/msdocs/articleMeta';

const repoDir = path.resolve(__dirname, '../..');
const fixtures = path.join(repoDir, 'tests/fixtures/frontmatter');

/** Front matter as Docusaurus reads it (same YAML reader). */
async function readFrontMatter(file: string): Promise<RawFrontMatter> {
  const fileContent = fs.readFileSync(file, 'utf8');
  return (await DEFAULT_PARSE_FRONT_MATTER({filePath: file, fileContent})).frontMatter;
}

const parse = (raw: RawFrontMatter, locale = 'en') =>
  parseMsDocsFrontMatter(raw, {file: 'x.md', locale});

function problemsOf(raw: RawFrontMatter, locale = 'en'): string {
  try {
    parse(raw, locale);
  } catch (err) {
    expect(err).toBeInstanceOf(FrontMatterError);
    return (err as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be refused`);
}

describe('each key: good values', () => {
  it('title and description are trimmed texts; keywords accept a comma-separated text (Docusaurus wants a list)', () => {
    const fm = parse({
      title: ' Buy licenses ',
      description: 'How to buy.',
      keywords: 'security, Microsoft 365, M365',
    });
    expect(fm.title).toBe('Buy licenses');
    expect(fm.description).toBe('How to buy.');
    expect(fm.keywords).toEqual(['security', 'Microsoft 365', 'M365']);
    expect(parse({keywords: ['a', 'b']}).keywords).toEqual(['a', 'b']);
  });

  it('ms.date: MM/DD/YYYY, unpadded allowed, empty or absent', () => {
    expect(parse({'ms.date': '08/06/2021'})['ms.date']).toBe('2021-08-06');
    expect(parse({'ms.date': '4/7/2022'})['ms.date']).toBe('2022-04-07');
    expect(parse({'ms.date': '02/29/2024'})['ms.date']).toBe('2024-02-29');
    expect(parse({'ms.date': ''})['ms.date']).toBeUndefined();
    expect(parse({'ms.date': null})['ms.date']).toBeUndefined();
    expect(parse({})['ms.date']).toBeUndefined();
  });

  it('ms.lasthandoff: same form as ms.date', () => {
    expect(parse({'ms.lasthandoff': '10/6/2021'}, 'tr')['ms.lasthandoff']).toBe('2021-10-06');
  });

  it('ms.topic: any of Microsoft values, any letter case', () => {
    for (const topic of [
      'article',
      'how-to',
      'conceptual',
      'include',
      'overview',
      'troubleshooting',
    ]) {
      expect(parse({'ms.topic': topic})['ms.topic']).toBe(topic);
    }
    expect(parse({'ms.topic': 'How-To'})['ms.topic']).toBe('how-to');
  });

  it('ms.service, ms.prod, ms.subservice, ms.technology: names', () => {
    const fm = parse({
      'ms.service': 'O365-seccomp',
      'ms.prod': 'w10',
      'ms.subservice': 'mde',
      'ms.technology': 'm365d',
    });
    expect([fm['ms.service'], fm['ms.prod'], fm['ms.subservice'], fm['ms.technology']]).toEqual([
      'O365-seccomp',
      'w10',
      'mde',
      'm365d',
    ]);
  });

  it('author (GitHub), ms.author, manager, ms.reviewer (comma list, may be empty)', () => {
    const fm = parse({
      author: 'cmcatee-MSFT',
      'ms.author': 'cmcatee',
      manager: 'scotv',
      'ms.reviewer': 'shegu, nicholak',
    });
    expect(fm.author).toBe('cmcatee-MSFT');
    expect(fm['ms.author']).toBe('cmcatee');
    expect(fm.manager).toBe('scotv');
    expect(fm['ms.reviewer']).toEqual(['shegu', 'nicholak']);
    expect(parse({'ms.reviewer': null})['ms.reviewer']).toEqual([]);
    expect(parse({'ms.reviewer': ''})['ms.reviewer']).toEqual([]);
  });

  it('ms.audience and audience', () => {
    expect(parse({'ms.audience': 'Admin'})['ms.audience']).toBe('Admin');
    expect(parse({audience: 'ITPro'}).audience).toBe('ITPro');
    expect(parse({audience: 'Admin', 'ms.audience': 'admin'}).audience).toBe('Admin');
  });

  it("localization_priority and ms.localizationpriority, any case, '' allowed", () => {
    expect(parse({localization_priority: 'Priority'}).localization_priority).toBe('Priority');
    expect(parse({'ms.localizationpriority': 'HIGH'})['ms.localizationpriority']).toBe('high');
    expect(parse({'ms.localizationpriority': ''})['ms.localizationpriority']).toBeUndefined();
  });

  it('ms.collection and ms.custom: text or list, numbers become texts, stray spaces go', () => {
    expect(parse({'ms.collection': 'Adm_O365'})['ms.collection']).toEqual(['Adm_O365']);
    expect(parse({'ms.collection': ['Tier1', 'highpri  ']})['ms.collection']).toEqual([
      'Tier1',
      'highpri',
    ]);
    expect(parse({'ms.custom': ['commerce_licensing', '1500021', 4689]})['ms.custom']).toEqual([
      'commerce_licensing',
      '1500021',
      '4689',
    ]);
    expect(parse({'ms.custom': null})['ms.custom']).toEqual([]);
  });

  it('ms.translationtype (MT, HT) and ms.contentlocale on a translation', () => {
    const fm = parse({'ms.translationtype': 'mt', 'ms.contentlocale': 'tr-TR'}, 'tr');
    expect(fm['ms.translationtype']).toBe('MT');
    expect(fm['ms.contentlocale']).toBe('tr-TR');
    expect(parse({'ms.translationtype': 'HT'}, 'tr')['ms.translationtype']).toBe('HT');
    expect(parse({'ms.contentlocale': 'en-US'}, 'en')['ms.contentlocale']).toBe('en-US');
  });

  it('ms.sourcegitcommit and ms.openlocfilehash: 40 or 64 hex digits; ms.locfileid: digits', () => {
    const fm = parse(
      {
        'ms.sourcegitcommit': 'D71B18E1403859FBFC45DDD9A57C8AB68F4D9F96',
        'ms.openlocfilehash': '2b248ada6348b91e54f2527e291c418748568aeaaa433870ac699fe93e7c5be9',
        'ms.locfileid': 54503996,
      },
      'tr',
    );
    expect(fm['ms.sourcegitcommit']).toBe('d71b18e1403859fbfc45ddd9a57c8ab68f4d9f96');
    expect(fm['ms.openlocfilehash']).toHaveLength(64);
    expect(fm['ms.locfileid']).toBe('54503996');
  });

  it('ROBOTS: comma list of directives', () => {
    expect(parse({ROBOTS: 'NOINDEX, NOFOLLOW'}).ROBOTS).toEqual({
      index: false,
      follow: false,
      archive: true,
    });
    expect(parse({ROBOTS: 'index,follow,noarchive'}).ROBOTS).toEqual({
      index: true,
      follow: true,
      archive: false,
    });
  });

  it('search.appverid and f1.keywords: text, comma list or list', () => {
    expect(parse({'search.appverid': 'MET150, gea150'})['search.appverid']).toEqual([
      'MET150',
      'GEA150',
    ]);
    expect(parse({'search.appverid': ['MOE150', 'MET150']})['search.appverid']).toEqual([
      'MOE150',
      'MET150',
    ]);
    expect(parse({'f1.keywords': 'NOCSH'})['f1.keywords']).toEqual(['NOCSH']);
    expect(parse({'f1.keywords': ['CSH', 'FWLink-2135711']})['f1.keywords']).toEqual([
      'CSH',
      'FWLink-2135711',
    ]);
  });

  it('keys match case-insensitively and come out in Microsoft spelling', () => {
    const fm = parse({
      'MS.technology': 'mde',
      Title: 'Case',
      robots: 'NOINDEX',
      'Ms.Date': '1/2/2020',
    });
    expect(fm['ms.technology']).toBe('mde');
    expect(fm.title).toBe('Case');
    expect(fm.ROBOTS?.index).toBe(false);
    expect(fm['ms.date']).toBe('2020-01-02');
  });

  it('unknown keys pass through untouched', () => {
    const fm = parse({
      'ms.assetid': null,
      'ms.mktglfcycl': 'deploy',
      sidebar_position: 3,
      custom: {a: [1]},
    });
    expect(fm).toMatchObject({
      'ms.assetid': null,
      'ms.mktglfcycl': 'deploy',
      sidebar_position: 3,
      custom: {a: [1]},
    });
  });
});

describe('each key: bad values name the key, the value and what was expected', () => {
  const cases: [RawFrontMatter, string, string, string][] = [
    [{'ms.date': '2021/08/06'}, 'ms.date', '"2021/08/06"', 'MM/DD/YYYY'],
    [{'ms.date': '13/01/2021'}, 'ms.date', '"13/01/2021"', 'MM/DD/YYYY'],
    [{'ms.lasthandoff': 20210806}, 'ms.lasthandoff', '20210806', 'MM/DD/YYYY'],
    [{'ms.topic': 'news'}, 'ms.topic', '"news"', "one of Microsoft's ms.topic values"],
    [{'ms.prod': 'a b'}, 'ms.prod', '"a b"', 'a name made of letters'],
    [{'ms.subservice': ['x']}, 'ms.subservice', '["x"]', 'a name made of letters'],
    [{'ms.technology': '-x'}, 'ms.technology', '"-x"', 'a name made of letters'],
    [{author: 'a--b'}, 'author', '"a--b"', 'a GitHub user name'],
    [{'ms.author': 'first last'}, 'ms.author', '"first last"', 'a name made of letters'],
    [{manager: 7}, 'manager', '7', 'a name made of letters'],
    [{'ms.audience': ['Admin']}, 'ms.audience', '["Admin"]', 'a non-empty text'],
    [
      {localization_priority: 'top'},
      'localization_priority',
      '"top"',
      'one of Priority, Normal, None',
    ],
    [{'ms.collection': [{a: 1}]}, 'ms.collection', '[{"a":1}]', 'a list of texts'],
    [
      {'ms.translationtype': 'human'},
      'ms.translationtype',
      '"human"',
      'MT (machine translated) or HT',
    ],
    [{'ms.contentlocale': 'turkish'}, 'ms.contentlocale', '"turkish"', 'a locale such as tr-TR'],
    [
      {'ms.sourcegitcommit': 'g'.repeat(40)},
      'ms.sourcegitcommit',
      `"${'g'.repeat(40)}"`,
      '40 or 64 hexadecimal',
    ],
    [{'ms.openlocfilehash': 'abc'}, 'ms.openlocfilehash', '"abc"', '40 or 64 hexadecimal'],
    [{'ms.locfileid': 'x1'}, 'ms.locfileid', '"x1"', 'written in digits'],
    [{ROBOTS: 'NOINDEX NOFOLLOW'}, 'ROBOTS', '"NOINDEX NOFOLLOW"', 'comma-separated list of INDEX'],
    [
      {ROBOTS: 'FOLLOW, NOFOLLOW'},
      'ROBOTS',
      '"FOLLOW, NOFOLLOW"',
      'without both FOLLOW and NOFOLLOW',
    ],
    [{'search.appverid': 'MET15'}, 'search.appverid', '"MET15"', '3 letters and 3 digits'],
    [{'f1.keywords': {a: 1}}, 'f1.keywords', '{"a":1}', 'list of names'],
    [{title: 42}, 'title', '42', 'a non-empty text'],
    [{description: ['x']}, 'description', '["x"]', 'a text'],
    [{keywords: [1, {}]}, 'keywords', '[1,{}]', 'a list of texts'],
  ];
  for (const [raw, key, value, expected] of cases) {
    it(`${key} = ${value}`, () => {
      const message = problemsOf(raw, 'tr');
      expect(message).toContain('x.md');
      expect(message).toContain(`${key} = ${value}: expected `);
      expect(message).toContain(expected);
    });
  }

  it('reports every bad key of a file at once', () => {
    const message = problemsOf({'ms.date': 'soon', ROBOTS: 'HIDE'});
    expect(message).toContain('ms.date = "soon"');
    expect(message).toContain('ROBOTS = "HIDE"');
  });
});

describe('bad fixtures: each kind of bad value is refused with file, key, value and expectation', () => {
  // [fixture, key as written, value as shown, part of the expectation]
  const bad: [string, string, string, string][] = [
    ['en/bad-date-iso.md', 'ms.date', '2021-08-06 (read by YAML as a date)', 'MM/DD/YYYY'],
    ['tr/bad-date-impossible.md', 'ms.date', '"02/30/2022"', 'MM/DD/YYYY'],
    ['tr/bad-lasthandoff.md', 'ms.lasthandoff', '"13/06/2021"', 'MM/DD/YYYY'],
    [
      'tr/bad-translationtype.md',
      'ms.translationtype',
      '"AI"',
      'MT (machine translated) or HT (translated by a person)',
    ],
    [
      'tr/bad-contentlocale.md',
      'ms.contentlocale',
      '"en-US"',
      'tr-TR, the locale of the folder the file is in (tr)',
    ],
    [
      'en/bad-translationtype-in-source.md',
      'ms.translationtype',
      '"MT"',
      'no ms.translationtype in a source (en) file',
    ],
    ['tr/bad-sourcegitcommit.md', 'ms.sourcegitcommit', '"d71b18e"', '40 or 64 hexadecimal digits'],
    [
      'tr/bad-openlocfilehash.md',
      'ms.openlocfilehash',
      '"not-a-hash-value-at-all-but-forty-chars!"',
      'hexadecimal',
    ],
    ['tr/bad-locfileid.md', 'ms.locfileid', '"5450-3996"', 'a number written in digits'],
    [
      'en/bad-robots-directive.md',
      'ROBOTS',
      '"NOINDEX, NOFOLOW"',
      'INDEX, NOINDEX, FOLLOW, NOFOLLOW, NOARCHIVE',
    ],
    [
      'en/bad-robots-contradiction.md',
      'ROBOTS',
      '"INDEX, NOINDEX"',
      'without both INDEX and NOINDEX',
    ],
    [
      'en/bad-topic.md',
      'ms.topic',
      '"blogpost"',
      "one of Microsoft's ms.topic values (architecture, article,",
    ],
    ['en/bad-title.md', 'title', '["Two titles","for one page"]', 'a non-empty text'],
    ['en/bad-description.md', 'description', '{"short":"A map is not a description"}', 'a text'],
    [
      'en/bad-keywords.md',
      'keywords',
      '{"licensing":true}',
      'a comma-separated text or a list of texts',
    ],
    [
      'en/bad-custom.md',
      'ms.custom',
      '{"campaign":"spring"}',
      'a comma-separated text or a list of texts',
    ],
    [
      'en/bad-duplicate-key.md',
      'MS.Date',
      '"09/06/2021"',
      'a single ms.date key (the file also has ms.date',
    ],
    [
      'en/bad-localizationpriority.md',
      'ms.localizationpriority',
      '"urgent"',
      'one of Priority, Normal, None, high',
    ],
    [
      'en/bad-priority-conflict.md',
      'ms.localizationpriority',
      '"low"',
      'the same value as localization_priority',
    ],
    ['en/bad-audience-conflict.md', 'ms.audience', '"ITPro"', 'the same value as audience (Admin)'],
    [
      'en/bad-appverid.md',
      'search.appverid',
      '"MET150, office"',
      'codes of 3 letters and 3 digits',
    ],
    [
      'en/bad-f1-keywords.md',
      'f1.keywords',
      '["CSH","not a keyword"]',
      'list of names made of letters',
    ],
    ['en/bad-author.md', 'author', '"cmcatee MSFT"', 'a GitHub user name'],
    ['en/bad-service.md', 'ms.service', '"Microsoft 365 admin"', 'a name made of letters, digits'],
    ['en/bad-reviewer.md', 'ms.reviewer', '"firstrev; secondrev"', 'names made of letters, digits'],
  ];

  it('every bad fixture on disk is listed here', () => {
    const onDisk = ['en', 'tr'].flatMap((l) =>
      fs
        .readdirSync(path.join(fixtures, l))
        .filter((f) => f.startsWith('bad-') && f !== 'bad-yaml.md')
        .map((f) => `${l}/${f}`),
    );
    expect(onDisk.sort()).toEqual(bad.map(([f]) => f).sort());
  });

  for (const [fixture, key, value, expected] of bad) {
    it(fixture, async () => {
      const file = path.join(fixtures, fixture);
      const raw = await readFrontMatter(file);
      const locale = fixture.split('/')[0] as string;
      let error: unknown;
      try {
        parseMsDocsFrontMatter(raw, {file: `tests/fixtures/frontmatter/${fixture}`, locale});
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(FrontMatterError);
      const message = (error as Error).message;
      expect(message).toContain(`in tests/fixtures/frontmatter/${fixture}:`);
      expect(message).toContain(`${key} = ${value}: expected `);
      expect(message).toContain(expected);
    });
  }
});

describe('parseMsDate', () => {
  it('refuses days that do not exist and other forms', () => {
    expect(parseMsDate('2/29/2023')).toBeUndefined();
    expect(parseMsDate('00/10/2023')).toBeUndefined();
    expect(parseMsDate('1/2/23')).toBeUndefined();
    expect(parseMsDate('12/31/1999')).toBe('1999-12-31');
  });
});

describe('ArticleMeta: the one object the site reads', () => {
  it('Turkish machine translation: date from ms.lasthandoff when ms.date is empty, translation, robots', async () => {
    const raw = await readFrontMatter(path.join(fixtures, 'tr/good-every-key.md'));
    const ctx = {file: 'f.md', locale: 'tr', locales: ['en', 'tr']};
    const meta = toArticleMeta(parseMsDocsFrontMatter(raw, ctx), ctx);
    expect(meta).toEqual({
      locale: 'tr',
      locales: ['en', 'tr'],
      updated: '2021-08-06',
      updatedFrom: 'ms.lasthandoff',
      translation: {
        type: 'MT',
        locale: 'tr-TR',
        handoff: '2021-08-06',
        sourceCommit: 'd71b18e1403859fbfc45ddd9a57c8ab68f4d9f96',
      },
      robots: {index: false, follow: false, archive: true},
      topic: 'article',
      service: 'm365-security',
      subservice: 'mde',
      audience: 'ITPro',
      contributors: [{name: 'example-writer', github: 'example-writer'}],
      tags: ['Adm_O365'],
    } satisfies ArticleMeta);
  });

  it('English source: ms.date wins, no translation, ms.service over ms.prod', async () => {
    const raw = await readFrontMatter(path.join(fixtures, 'en/good-every-key.md'));
    const ctx = {file: 'f.md', locale: 'en'};
    const meta = toArticleMeta(parseMsDocsFrontMatter({...raw, 'ms.prod': 'w10'}, ctx), ctx);
    expect(meta.updated).toBe('2023-03-09');
    expect(meta.updatedFrom).toBe('ms.date');
    expect(meta.translation).toBeUndefined();
    expect(meta.service).toBe('microsoft-365-business');
    expect(meta.subservice).toBe('m365-commerce-acquisition');
    expect(meta.robots).toEqual({index: true, follow: true, archive: false});
    expect(meta.tags).toEqual([
      'M365-subscription-management',
      'Tier1',
      'commerce_billing',
      '4689',
    ]);
  });

  it('no date at all: no updated date (the English seed has ms.date "" and no hand-off)', () => {
    const meta = toArticleMeta(parse({'ms.date': ''}), {file: 'f.md', locale: 'en'});
    expect(meta.updated).toBeUndefined();
    expect(meta.updatedFrom).toBeUndefined();
  });

  it('contributor falls back to the Microsoft alias when there is no GitHub author', () => {
    expect(
      toArticleMeta(parse({'ms.author': 'dansimp'}), {file: 'f', locale: 'en'}).contributors,
    ).toEqual([{name: 'dansimp'}]);
  });

  it('a translation without ms.contentlocale still knows its content locale', () => {
    expect(
      toArticleMeta(parse({'ms.translationtype': 'HT'}, 'tr'), {file: 'f', locale: 'tr'})
        .translation,
    ).toEqual({
      type: 'HT',
      locale: 'tr-TR',
    });
  });
});

describe('robotsContent', () => {
  it('gives the robots meta only for non-default directives', () => {
    expect(robotsContent({index: false, follow: false, archive: true})).toBe('noindex, nofollow');
    expect(robotsContent({index: true, follow: true, archive: false})).toBe('noarchive');
    expect(robotsContent({index: true, follow: true, archive: true})).toBeUndefined();
  });
});

describe('formatArticleDate', () => {
  it('writes the day for the page locale', () => {
    expect(formatArticleDate('2021-08-06', 'tr')).toBe('6 Ağustos 2021');
    expect(formatArticleDate('2021-08-06', 'en')).toBe('August 6, 2021');
  });

  it('does not move with the time zone of the machine', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Honolulu', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        expect(formatArticleDate('2021-08-06', 'tr')).toBe('6 Ağustos 2021');
      }
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe('what Docusaurus gets', () => {
  it('its own keys in its own form, other unknown keys, and msdocs; no raw Microsoft keys', async () => {
    const raw = await readFrontMatter(path.join(fixtures, 'en/good-every-key.md'));
    const ctx = {file: 'f.md', locale: 'en'};
    // Other hooks' keys (the translation status) pass; every ms.* key, known or not, stays behind.
    const fm = parseMsDocsFrontMatter({...raw, 'translation.status': {status: 'current'}}, ctx);
    const out = toDocusaurusFrontMatter(fm, toArticleMeta(fm, ctx));
    expect(Object.keys(out).sort()).toEqual([
      'description',
      'keywords',
      'msdocs',
      'sidebar_label',
      'title',
      'translation.status',
    ]);
    expect(out['translation.status']).toEqual({status: 'current'});
    expect(out.keywords).toEqual(['billing', 'subscription', 'Microsoft 365']);
    // Docusaurus' own validation accepts it.
    expect(() => validateDocFrontMatter(out)).not.toThrow();
    // ... where the raw form of keywords would have been refused (quietly: Docusaurus also logs it).
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() => validateDocFrontMatter({keywords: raw.keywords})).toThrow(/keywords/);
    } finally {
      log.mockRestore();
    }
  });
});

describe('the parseFrontMatter hook', () => {
  const siteDir = path.join(repoDir, 'tests/fixtures/site');
  const hook = createParseFrontMatter({siteDir, locales: ['en', 'tr']});
  const run = (rel: string, fileContent: string) =>
    hook({
      filePath: path.join(siteDir, rel),
      fileContent,
      defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
    });

  it('tells the locale from the folder and checks ms.contentlocale against it', async () => {
    const bad = '---\nms.contentlocale: tr-TR\n---\n# X\n';
    await expect(run('docs/microsoft-365/a.md', bad)).rejects.toThrow(
      /in docs\/microsoft-365\/a\.md:\n {2}- ms\.contentlocale = "tr-TR": expected en-US/,
    );
    const ok = await run(
      'i18n/tr/docusaurus-plugin-content-docs/version-2021-08/microsoft-365/a.md',
      bad,
    );
    expect((ok.frontMatter.msdocs as ArticleMeta).locale).toBe('tr');
  });

  it('lists the locales that have the article in the same version', async () => {
    const md = '---\ntitle: Here\n---\n# Here\n';
    const current = await run('docs/microsoft-365/commerce/licenses/here-article.md', md);
    expect((current.frontMatter.msdocs as ArticleMeta).locales).toEqual(['en']);
  });

  it("writes the page's dates for the locale being built, an English file in Turkish too", async () => {
    const md = '---\nms.date: 08/06/2021\n---\n# X\n';
    const file = 'docs/microsoft-365/commerce/licenses/dated-article.md';
    const inTurkish = createParseFrontMatter({siteDir, locales: ['en', 'tr'], locale: 'tr'});
    const shown = await inTurkish({
      filePath: path.join(siteDir, file),
      fileContent: md,
      defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
    });
    const meta = shown.frontMatter.msdocs as ArticleMeta;
    expect(meta.updated).toBe('2021-08-06');
    expect(meta.dates).toEqual({'2021-08-06': '6 Ağustos 2021'});
    const inEnglish = await run(file, md);
    expect((inEnglish.frontMatter.msdocs as ArticleMeta).dates).toEqual({
      '2021-08-06': 'August 6, 2021',
    });
  });

  it('names the file when the YAML itself is broken', async () => {
    const content = fs.readFileSync(path.join(fixtures, 'tr/bad-yaml.md'), 'utf8');
    await expect(
      run('i18n/tr/docusaurus-plugin-content-docs/current/x.md', content),
    ).rejects.toThrow(
      /Front matter of i18n\/tr\/docusaurus-plugin-content-docs\/current\/x\.md is not valid YAML/,
    );
  });

  it('leaves pages outside the docs and MDX partials as Docusaurus parses them', async () => {
    const md = '---\ntitle: A page\nms.date: 08/06/2021\n---\nText\n';
    expect((await run('src/pages/about.md', md)).frontMatter).toEqual({
      title: 'A page',
      'ms.date': '08/06/2021',
    });
    expect((await run('docs/microsoft-365/_shared.md', '# Shared\n')).frontMatter).toEqual({});
  });
});

/** Every Markdown file under a folder. */
function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => path.join(dir, f));
}

describe("the site's own articles, every locale and version", () => {
  const hook = createParseFrontMatter({siteDir: repoDir, locales: ['en', 'tr']});
  const files = ['docs', 'versioned_docs', 'i18n'].flatMap((d) =>
    markdownFiles(path.join(repoDir, d)),
  );

  it('there are articles in both locales and both versions', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of files) {
    it(path.relative(repoDir, file), async () => {
      const fileContent = fs.readFileSync(file, 'utf8');
      const out = await hook({
        filePath: file,
        fileContent,
        defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
      });
      expect(() => validateDocFrontMatter(out.frontMatter)).not.toThrow();
      expect(Object.keys(out.frontMatter).filter((k) => k.startsWith('ms.'))).toEqual([]);
    });
  }
});

// Real Microsoft articles (third-party text, kept outside the repository):
// CORPUS_DIR, else ../shared/corpus next to the checkout.
const corpusDir = process.env.CORPUS_DIR ?? path.resolve(repoDir, '../shared/corpus');
const corpusFiles = ['en', 'tr'].flatMap((locale) =>
  markdownFiles(path.join(corpusDir, locale)).map((file) => ({locale, file})),
);

describe('real Microsoft articles (corpus)', () => {
  if (corpusFiles.length === 0) {
    it(`corpus folder not found at ${path.relative(repoDir, corpusDir)}: the fixtures written like it validate instead`, async () => {
      for (const locale of ['en', 'tr']) {
        const raw = await readFrontMatter(path.join(fixtures, locale, 'good-every-key.md'));
        expect(() => parseMsDocsFrontMatter(raw, {file: 'f', locale})).not.toThrow();
      }
    });
    return;
  }

  it('has English and Turkish files, includes among them', () => {
    expect(corpusFiles.filter((f) => f.locale === 'en').length).toBeGreaterThan(0);
    expect(corpusFiles.filter((f) => f.locale === 'tr').length).toBeGreaterThan(0);
    expect(corpusFiles.some((f) => f.file.includes(`${path.sep}includes${path.sep}`))).toBe(true);
  });

  for (const {locale, file} of corpusFiles) {
    it(`${locale}: ${path.relative(path.join(corpusDir, locale), file)} validates`, async () => {
      const raw = await readFrontMatter(file);
      const ctx = {file: path.relative(corpusDir, file), locale};
      const meta = toArticleMeta(parseMsDocsFrontMatter(raw, ctx), ctx);
      if (locale === 'tr') expect(meta.translation?.type).toMatch(/^(MT|HT)$/);
      else expect(meta.translation).toBeUndefined();
    });
  }
});

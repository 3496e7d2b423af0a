/**
 * Structured YAML pages (src/msdocs/yaml): FAQ and landing readers, the
 * Markdown they become, ids shared by both languages, errors with file and
 * line, links to `.yml` pages, and Microsoft's real FAQ and landing files in
 * ../shared/docsets/microsoft-365-commerce when that folder exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {transformLinks} from './helpers/links';
import {alignFaqIds, allQuestions, readFaq} from '../../src/msdocs/yaml/faq';
import {readLanding} from '../../src/msdocs/yaml/landing';
import {faqJsonLd, faqToMarkdown, landingToMarkdown} from '../../src/msdocs/yaml/markdown';
import {loadYamlPage, readYamlPage, YamlPageError} from '../../src/msdocs/yaml';
import {createYamlPreprocessor, yamlPageStep} from '../../src/msdocs/yaml/hooks';
import {frontMatterPipeline} from '../../src/msdocs/parseFrontMatter';
import {routeRelative} from '../../src/msdocs/remark/links';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';

const siteDir = path.resolve(__dirname, '../fixtures/site');
const EN_FAQ = path.join(siteDir, 'docs/microsoft-365/fixtures/faq.yml');
const TR_FAQ = path.join(
  siteDir,
  'i18n/tr/docusaurus-plugin-content-docs/current/microsoft-365/fixtures/faq.yml',
);
const EN_LANDING = path.join(siteDir, 'docs/microsoft-365/fixtures/index.yml');
const DOCSET = path.resolve(__dirname, '../../../shared/docsets/microsoft-365-commerce');

const faq = (text: string) => readFaq(text, 'x-faq.yml');
const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(YamlPageError);
    return (err as Error).message;
  }
  throw new Error('expected a YamlPageError');
};

describe('FAQ pages', () => {
  it('reads title, metadata, summary, sections and questions with Microsoft ids', () => {
    const page = readFaq(fs.readFileSync(EN_FAQ, 'utf8'), 'faq.yml');
    expect(page.title.text).toBe('Frequently asked questions about licenses');
    expect(page.metadata['ms.topic']).toBe('faq');
    expect(page.sections.map((s) => s.id)).toEqual(['buying-licenses', 'moving-licenses']);
    expect(allQuestions(page).map((q) => q.id)).toEqual([
      'who-can-buy-licenses',
      'how-long-does-a-new-license-take-to-arrive',
      'can-i-move-a-license-to-another-person',
      'what-happens-to-the-data-of-a-person-whose-license-i-remove',
    ]);
  });

  it('gives a translation the English ids by position, its own slug where English has none', () => {
    const en = readFaq(fs.readFileSync(EN_FAQ, 'utf8'), 'en/faq.yml');
    const tr = readFaq(fs.readFileSync(TR_FAQ, 'utf8'), 'tr/faq.yml');
    expect(allQuestions(tr)[0]!.id).toBe('lisansları-kimler-satın-alabilir');
    const aligned = alignFaqIds(tr, en);
    expect(allQuestions(aligned).map((q) => q.id)).toEqual(allQuestions(en).map((q) => q.id));
    expect(aligned.sections.map((s) => s.id)).toEqual(['buying-licenses', 'moving-licenses']);

    const shorter = {...en, sections: [en.sections[0]!]};
    expect(alignFaqIds(tr, shorter).sections[1]!.questions[0]!.id).toBe(
      'bir-lisansı-başka-bir-kişiye-taşıyabilir-miyim',
    );
    expect(alignFaqIds(tr, undefined)).toBe(tr);
  });

  it("shows no heading for Microsoft's `name: Ignored` section, in both languages", () => {
    const en = faq(
      'title: T\nsections:\n  - name: Ignored\n    questions:\n      - question: Why?\n        answer: A\n',
    );
    const tr = alignFaqIds(
      faq(
        'title: T\nsections:\n  - name: Yok sayıldı\n    questions:\n      - question: Neden?\n        answer: A\n',
      ),
      en,
    );
    for (const page of [en, tr]) {
      const md = faqToMarkdown(page);
      expect(md).not.toMatch(/Ignored|Yok sayıldı/);
      expect(md).toMatch(/^## <a name="why"><\/a>/m);
    }
  });

  it('numbers repeated ids as Docusaurus numbers repeated headings', () => {
    const page = faq(
      'title: T\nquestions:\n  - question: Why?\n    answer: A\n  - question: Why?\n    answer: B\n',
    );
    expect(page.questions.map((q) => q.id)).toEqual(['why', 'why-1']);
  });

  it('writes answers on their source lines, headings with ids, and JSON-LD', () => {
    const text = fs.readFileSync(EN_FAQ, 'utf8');
    const md = faqToMarkdown(readFaq(text, 'faq.yml')).split('\n');
    const source = text.split('\n');
    const line = (needle: string, lines: string[]) => lines.findIndex((l) => l.includes(needle));
    for (const needle of ['Only a billing admin', '| Trial | At once |', '[!INCLUDE']) {
      expect(line(needle, md)).toBe(line(needle, source));
    }
    expect(md).toContain('### <a name="who-can-buy-licenses"></a>Who can buy licenses?');
    expect(md).toContain('## <a name="buying-licenses"></a>Buying licenses');
    expect(md.at(-2)).toMatch(/^<FaqStructuredData data="\{&#34;@context/);
  });

  it('keeps blocks apart, so an answer ending in HTML cannot swallow the next question', () => {
    const md = faqToMarkdown(
      faq(
        'title: T\nquestions:\n  - question: A?\n    answer: <br>\n  - question: B?\n    answer: b\n',
      ),
    );
    expect(md).toMatch(/<br>\n\n## <a name="b"><\/a>B\?/);
  });

  it('shows additionalContent after the questions (nothing in the file is left out)', () => {
    const md = faqToMarkdown(
      faq(
        'title: T\nquestions:\n  - question: A?\n    answer: a\nadditionalContent: |\n  > [!NOTE]\n  > See also the billing FAQ.\n',
      ),
    );
    expect(md).toMatch(/## <a name="a"><\/a>A\?\n+a\n+> \[!NOTE\]\n> See also the billing FAQ\./);
  });

  it('gives FAQPage JSON-LD with plain-text answers (tables by row, no DocFX markers)', () => {
    const ld = faqJsonLd(readFaq(fs.readFileSync(EN_FAQ, 'utf8'), 'faq.yml'));
    expect(ld['@type']).toBe('FAQPage');
    const entities = ld.mainEntity as {name: string; acceptedAnswer: {text: string}}[];
    expect(entities).toHaveLength(4);
    expect(entities[0]!.acceptedAnswer.text).toBe(
      "Only a billing admin or a global admin can buy licenses.\nOther admins can see the subscriptions but can't change them.",
    );
    expect(entities[1]!.acceptedAnswer.text).toContain('Trial | At once');
  });

  it('fails with file, line and key', () => {
    expect(
      errorOf(() => faq('title: T\nsections:\n  - name: S\n    questions:\n      - question: Q\n')),
    ).toBe('x-faq.yml:5: sections[0].questions[0].answer: missing; expected text');
    expect(errorOf(() => faq('summary: S\nquestions:\n  - question: Q\n    answer: A\n'))).toBe(
      'x-faq.yml:1: title: missing; expected text',
    );
    expect(errorOf(() => faq('title: [a, b]\nquestions: []\n'))).toBe(
      'x-faq.yml:1: title: expected text',
    );
    expect(errorOf(() => faq('title: T\nsections: {}\n'))).toBe(
      'x-faq.yml:2: sections: expected a list',
    );
    expect(errorOf(() => faq('title: T\n'))).toMatch(/^x-faq\.yml:1: sections: no sections/);
    expect(errorOf(() => faq('title: T\n  bad: [\n'))).toMatch(/^x-faq\.yml:\d+: not valid YAML/);
  });
});

describe('landing pages', () => {
  it('reads cards and link lists, and writes them as landing components', () => {
    const page = readLanding(fs.readFileSync(EN_LANDING, 'utf8'), 'index.yml');
    expect(page.cards.map((c) => c.title.text)).toEqual([
      'Answer questions about licenses',
      'Learn more',
    ]);
    expect(page.cards[0]!.linkLists.map((l) => l.type)).toEqual(['overview', 'how-to-guide']);
    const md = landingToMarkdown(page);
    expect(md).toContain('<LandingCard title="Answer questions about licenses">');
    expect(md).toContain('<LandingLinkList type="overview">');
    expect(md).toContain(
      '- [Frequently asked questions about licenses](faq.yml)\n- [Who can buy licenses](faq.yml#who-can-buy-licenses)',
    );
    expect(md.trim().endsWith('</Landing>')).toBe(true);
  });

  it('refuses an unknown link list type, naming the line', () => {
    const text =
      '### YamlMime:Landing\ntitle: T\nlandingContent:\n  - title: C\n    linkLists:\n      - linkListType: howto\n        links: []\n';
    expect(errorOf(() => readYamlPage(text, 'index.yml'))).toMatch(
      /^index\.yml:6: landingContent\[0\]\.linkLists\[0\]\.linkListType: unknown type "howto"/,
    );
  });
});

describe('.yml docs in Docusaurus', () => {
  it('refuses a .yml that is neither FAQ nor landing', () => {
    expect(errorOf(() => readYamlPage('### YamlMime:TOC\nitems: []\n', 'a/toc.yml'))).toMatch(
      /^a\/toc\.yml:1: YamlMime: "TOC" is not a page kind the site publishes/,
    );
  });

  it('front matter hook: metadata as front matter, Markdown as content, read as CommonMark', async () => {
    const parse = frontMatterPipeline([yamlPageStep({siteDir})]);
    const result = await parse({
      filePath: EN_FAQ,
      fileContent: fs.readFileSync(EN_FAQ, 'utf8'),
      defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
    });
    expect(result.frontMatter).toMatchObject({
      title: 'Licenses FAQ fixture',
      'ms.date': '05/14/2024',
      mdx: {format: 'md'},
    });
    expect(result.content).toContain('# Frequently asked questions about licenses');
    const md = fs.readFileSync(path.join(siteDir, 'docs/microsoft-365/fixtures/alerts.md'), 'utf8');
    const passed = await parse({
      filePath: path.join(siteDir, 'docs/microsoft-365/fixtures/alerts.md'),
      fileContent: md,
      defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
    });
    expect(passed.frontMatter.mdx).toBeUndefined();
  });

  it('landing page: the folder is its address, the preprocessor gives the Markdown', () => {
    expect(loadYamlPage(EN_LANDING, siteDir).frontMatter.slug).toBe('/microsoft-365/fixtures');
    expect(loadYamlPage(EN_FAQ, siteDir).frontMatter.slug).toBeUndefined();
    const pre = createYamlPreprocessor({siteDir});
    const text = fs.readFileSync(EN_LANDING, 'utf8');
    expect(pre({filePath: EN_LANDING, fileContent: text})).toContain('<Landing>');
    expect(pre({filePath: path.join(siteDir, 'README.md'), fileContent: 'x'})).toBe('x');
  });

  it('a translated FAQ takes the English ids from the site', () => {
    const tr = loadYamlPage(TR_FAQ, siteDir).page;
    expect(tr.kind === 'faq' && allQuestions(tr)[0]!.id).toBe('who-can-buy-licenses');
  });
});

describe('links to .yml pages', () => {
  const transform = transformLinks;

  it('goes to the page route, relative to the linking page (same locale and version)', async () => {
    const page = 'docs/microsoft-365/fixtures/alerts.md';
    expect(await transform('[FAQ](faq.yml#who-can-buy-licenses)', page, 'en')).toBe(
      '[FAQ](../../microsoft-365/fixtures/faq#who-can-buy-licenses)',
    );
    expect(await transform('[Home](/microsoft-365/fixtures/index.yml)', page, 'en')).toBe(
      '[Home](../../microsoft-365/fixtures)',
    );
    const tr = 'i18n/tr/docusaurus-plugin-content-docs/current/microsoft-365/fixtures/alerts.md';
    expect(await transform('[SSS](/microsoft-365/fixtures/faq.yml)', tr, 'tr')).toBe(
      '[SSS](../../microsoft-365/fixtures/faq)',
    );
  });

  it('checks a #question anchor against the FAQ', async () => {
    const out = await transform(
      '[FAQ](faq.yml#no-such-question)',
      'docs/microsoft-365/fixtures/alerts.md',
      'en',
    );
    expect(out).toBe('[FAQ](../../microsoft-365/fixtures/faq)');
  });

  it('routeRelative climbs to the version root from any page', () => {
    expect(routeRelative('a/b/c.md', 'a/x.yml')).toBe('../../a/x');
    expect(routeRelative('a/index.yml', 'a/b/x.yml')).toBe('./a/b/x');
    expect(routeRelative('a/b/index.yml', 'a/x.yml')).toBe('../a/x');
  });
});

describe.runIf(fs.existsSync(DOCSET))('the commerce docset FAQ and landing pages', () => {
  const files = (locale: string) =>
    fs
      .readdirSync(path.join(DOCSET, locale), {recursive: true})
      .map(String)
      .filter((f) => /(faq|index)\.yml$/.test(f));

  it('reads every FAQ and landing page of both languages', () => {
    for (const locale of ['en', 'tr']) {
      for (const rel of files(locale)) {
        const page = readYamlPage(fs.readFileSync(path.join(DOCSET, locale, rel), 'utf8'), rel);
        if (page.kind === 'faq') expect(allQuestions(page).length).toBeGreaterThan(0);
        else expect(page.cards.length).toBeGreaterThan(0);
      }
    }
  });
});
if (!fs.existsSync(DOCSET))
  console.log(`yaml-pages: ${DOCSET} is absent; the docset checks are skipped`);

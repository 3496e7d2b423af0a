/**
 * An article without a `title` takes its title from its first heading: the
 * Turkish `# <a name="x"></a>Title` must give "Title", never HTML.
 */
import {describe, expect, it} from 'vitest';
import {parseMarkdownFile} from '@docusaurus/utils';
import {plainHeadingsStep, stripHeadingAnchors} from '../../src/msdocs/plainHeadings';
import {frontMatterPipeline} from '../../src/msdocs/parseFrontMatter';

const ARTICLE = [
  '---',
  'description: Başlığı olmayan bir makale.',
  '---',
  '# <a name="buy-licenses"></a>Lisans satın alma',
  '',
  'Metin <a name="not-a-heading"></a> burada kalır.',
  '',
  "## <a name='before-you-begin'></a> Başlamadan önce",
].join('\n');

describe('titles without HTML', () => {
  it('gives Docusaurus the heading text as the title', async () => {
    const {contentTitle, frontMatter} = await parseMarkdownFile({
      filePath: 'docs/x.md',
      fileContent: ARTICLE,
      parseFrontMatter: frontMatterPipeline([plainHeadingsStep]),
    });
    expect(contentTitle).toBe('Lisans satın alma');
    expect(frontMatter.description).toBe('Başlığı olmayan bir makale.');
  });

  it('takes anchors out of heading lines only', () => {
    expect(stripHeadingAnchors(ARTICLE.split('---\n')[2] ?? '')).toBe(
      [
        '# Lisans satın alma',
        '',
        'Metin <a name="not-a-heading"></a> burada kalır.',
        '',
        '## Başlamadan önce',
      ].join('\n'),
    );
  });
});

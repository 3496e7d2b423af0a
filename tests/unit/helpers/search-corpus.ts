/**
 * The search library's documents for the benchmark's synthetic corpus
 * (scripts/bench/corpus.mjs, our own sentences), without building the site.
 *
 * In: a number of articles and a locale. Out: the five document lists
 * (titles, headings, descriptions, keywords, section texts) as
 * src/plugins/search/scan.ts makes them from built pages: one title per
 * article, one heading and one text per section, ids counted from 1, the
 * Markdown reduced to its words.
 */
import {planCorpus, renderArticle} from '../../../scripts/bench/corpus.mjs';
import type {SearchDocument, SearchLocale} from '../../../src/search/lunr-analysis';

/** Markdown and DocFX syntax out, words and punctuation in. */
function plainText(markdown: string): string {
  return markdown
    .replace(/<a name="[^"]*"><\/a>/g, '')
    .replace(/\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[>#|*`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function corpusDocuments(n: number, locale: SearchLocale): SearchDocument[][] {
  const articles = planCorpus(n);
  const [titles, headings, descriptions, keywords, contents] = [
    [],
    [],
    [],
    [],
    [],
  ] as SearchDocument[][];
  let id = 0;
  for (const article of articles) {
    const text = renderArticle(article, articles, locale, 'current');
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    const description = /^description: "(.*)"$/m.exec(text)?.[1];
    const [head = '', ...sections] = body.split(/^## /m);
    const title = plainText(head.split('\n')[0] ?? '');
    const url = `/${locale}/${String(article.relPath).replace(/\.mdx?$/, '')}`;
    const titleId = ++id;
    titles!.push({i: titleId, t: title, u: url});
    if (description) descriptions!.push({i: titleId, t: description, s: title, u: url, p: titleId});
    contents!.push({
      i: ++id,
      t: plainText(head.split('\n').slice(1).join('\n')),
      s: title,
      u: url,
      h: '',
      p: titleId,
    });
    for (const section of sections) {
      const [heading = '', ...rest] = section.split('\n');
      const name = plainText(heading);
      const hash = `#${name.toLowerCase().replace(/\W+/g, '-')}`;
      headings!.push({i: ++id, t: name, u: url, h: hash, p: titleId});
      contents!.push({
        i: ++id,
        t: plainText(rest.join('\n')),
        s: name,
        u: url,
        h: hash,
        p: titleId,
      });
    }
  }
  return [titles!, headings!, descriptions!, keywords!, contents!];
}

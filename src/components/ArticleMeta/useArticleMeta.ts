/**
 * The article's normalised metadata, for components inside a doc page.
 *
 * In:  the doc being rendered (Docusaurus' doc context).
 * Out: its `ArticleMeta` (built at build time from Microsoft's front matter,
 *      see src/msdocs/frontmatter.ts), or undefined for a doc without front
 *      matter. Components read this, never raw `ms.*` keys.
 */
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {ARTICLE_META_KEY, type ArticleMeta} from '@site/src/msdocs/articleMeta';

export function useArticleMeta(): ArticleMeta | undefined {
  const {frontMatter} = useDoc();
  return (frontMatter as Record<string, unknown>)[ARTICLE_META_KEY] as ArticleMeta | undefined;
}

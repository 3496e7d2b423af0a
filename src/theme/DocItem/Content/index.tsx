/**
 * Wraps the theme's DocItem/Content (never a copy) to show what Microsoft's
 * front matter says about the article.
 *
 * In:  the doc's content and its ArticleMeta (frontMatter.msdocs).
 * Out: the same content, with
 *  - the facts line and translation notices right under the title (after the
 *    Markdown H1, found through the MDX `h1` component; after the theme's
 *    own title when the Markdown has none);
 *  - the head tags of ArticleHead (robots, structured data).
 * Docs without Microsoft front matter render unchanged.
 */
import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {MDXProvider} from '@mdx-js/react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import MDXComponents from '@theme/MDXComponents';
import ArticleMeta from '@site/src/components/ArticleMeta';
import ArticleHead from '@site/src/components/ArticleMeta/ArticleHead';
import {useArticleMeta} from '@site/src/components/ArticleMeta/useArticleMeta';

type Props = WrapperProps<typeof ContentType>;
type HeadingProps = React.ComponentProps<'h1'>;

/** Visible text of React children, the way the title's text is extracted from Markdown. */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (React.isValidElement<{children?: ReactNode}>(node)) return textOf(node.props.children);
  return '';
}

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

const Heading1 = MDXComponents.h1 as React.ComponentType<HeadingProps>;

/**
 * The MDX `h1`: the site's own heading, then the facts under it when this
 * H1 is the article's title (Microsoft articles have one H1; any other H1
 * stays a plain heading).
 */
function TitleThenMeta(props: HeadingProps): ReactNode {
  const {contentTitle} = useDoc();
  const meta = useArticleMeta();
  const isTitle =
    meta &&
    contentTitle !== undefined &&
    normalise(textOf(props.children)) === normalise(contentTitle);
  return (
    <>
      <Heading1 {...props} />
      {isTitle && <ArticleMeta meta={meta} />}
    </>
  );
}

const titleComponents = {h1: TitleThenMeta};

export default function ContentWrapper(props: Props): ReactNode {
  const meta = useArticleMeta();
  const {contentTitle} = useDoc();
  if (!meta) return <Content {...props} />;
  return (
    <>
      <ArticleHead meta={meta} />
      <Content {...props}>
        {/* No H1 in the Markdown: the theme renders the title just before this. */}
        {contentTitle === undefined && <ArticleMeta meta={meta} />}
        <MDXProvider components={titleComponents}>{props.children}</MDXProvider>
      </Content>
    </>
  );
}

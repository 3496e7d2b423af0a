/**
 * Wraps the theme's Layout (never a copy): a page that gives the layout its
 * title and description (the home page) also gives them to link previews.
 *
 * In:  the theme's props. Out: the theme's layout, and, when the page passes
 *      a title or description, og:title / twitter:title (without the site
 *      suffix) and twitter:description (src/components/LinkPreview).
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {PagePreview} from '@site/src/components/LinkPreview';

type Props = WrapperProps<typeof LayoutType>;

export default function LayoutWrapper(props: Props): ReactNode {
  const {title, description} = props;
  return (
    <>
      <Layout {...props} />
      {/* After the layout: a later <Head> wins over the theme's "title | site". */}
      {(title || description) && <PagePreview title={title} description={description} />}
    </>
  );
}

/**
 * The page layout the search library's results page is given: the site's
 * Layout with the page content in a <main> landmark, which the library's page
 * lacks (screen readers' "skip to main content" and the crawl need one).
 *
 * In: the props the library passes to @theme/Layout. Out: the same Layout.
 * src/plugins/search points the library's results page, and only it, here.
 */
import React, {type ComponentProps, type ReactNode} from 'react';
// The theme's Layout itself: the alias also applies to this file's imports
// (it is imported by the library's page), so '@theme/Layout' would lead back here.
import Layout from '@theme-original/Layout';

export default function SearchPageLayout({
  children,
  ...props
}: ComponentProps<typeof Layout>): ReactNode {
  return (
    <Layout {...props}>
      <main>{children}</main>
    </Layout>
  );
}

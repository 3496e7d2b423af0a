/**
 * Wraps the search library's results page (@theme-original/SearchPage): the
 * page's search field gets its accessible name in the page's language (the
 * library hard-codes "Search"). Everything else is the library's page.
 */
import React, {useEffect, type ReactNode} from 'react';
import SearchPage from '@theme-original/SearchPage';
import {translate} from '@docusaurus/Translate';

export default function SearchPageWrapper(props: Record<string, unknown>): ReactNode {
  const label = translate({
    id: 'search.page.inputLabel',
    message: 'Search the articles',
    description: 'Accessible name of the search field on the search results page',
  });
  useEffect(() => {
    document.querySelector('main input[name="q"], input[name="q"]')?.setAttribute('aria-label', label);
  }, [label]);
  return <SearchPage {...props} />;
}

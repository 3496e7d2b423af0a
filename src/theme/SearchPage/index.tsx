/**
 * Wraps the search library's results page (@theme-original/SearchPage): the
 * page's search field gets its accessible name in the page's language (the
 * library hard-codes "Search"), and the address loses the trailing slash the
 * library's "See all results" link routes to (`/search/?q=`), so the address
 * a reader copies is the one the site publishes (`/search?q=`). Everything
 * else is the library's page.
 */
import React, {useEffect, type ReactNode} from 'react';
import SearchPage from '@theme-original/SearchPage';
import {translate} from '@docusaurus/Translate';
import {useHistory, useLocation} from '@docusaurus/router';

export default function SearchPageWrapper(props: Record<string, unknown>): ReactNode {
  const label = translate({
    id: 'search.page.inputLabel',
    message: 'Search the articles',
    description: 'Accessible name of the search field on the search results page',
  });
  const history = useHistory();
  const {pathname, search, hash} = useLocation();
  useEffect(() => {
    if (pathname.length > 1 && pathname.endsWith('/'))
      history.replace(pathname.replace(/\/+$/, '') + search + hash);
  }, [history, pathname, search, hash]);
  useEffect(() => {
    document
      .querySelector('main input[name="q"], input[name="q"]')
      ?.setAttribute('aria-label', label);
  }, [label]);
  return <SearchPage {...props} />;
}

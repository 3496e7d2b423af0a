/**
 * The theme's 404 content, wrapped (never a copy; loaded by ./index.tsx): before showing "Page not
 * found", the page looks for the page the address meant (other letter case,
 * learn.microsoft.com's `/en-us/`, `/tr-tr/`, a short link in capitals; see
 * src/links/lostPath.ts) and goes there, keeping `?query#hash`.
 *
 * Static hosts match files exactly, so this is the one place where "any
 * case" can be handled; it needs JavaScript. The lowercase forms are static
 * redirect pages (src/plugins/short-links) and work without it.
 */
import React, {useEffect, type ReactNode} from 'react';
import NotFoundContent from '@theme-original/NotFound/Content';
import type NotFoundContentType from '@theme/NotFound/Content';
import type {WrapperProps} from '@docusaurus/types';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import routes from '@generated/routes';
import {findMeantPath} from '@site/src/links/lostPath';

type Props = WrapperProps<typeof NotFoundContentType>;

interface RouteLike {
  path?: string | string[];
  routes?: RouteLike[];
}

function routePaths(list: readonly RouteLike[]): string[] {
  return list.flatMap((route) => [
    ...(typeof route.path === 'string' && !/[:*]/.test(route.path) ? [route.path] : []),
    ...routePaths(route.routes ?? []),
  ]);
}

export default function NotFoundContentWrapper(props: Props): ReactNode {
  const {siteConfig, i18n} = useDocusaurusContext();
  useEffect(() => {
    const meant = findMeantPath(window.location.pathname, {
      routePaths: routePaths(routes as RouteLike[]),
      baseUrl: siteConfig.baseUrl,
      localeBaseUrls: Object.fromEntries(
        i18n.locales.map((l) => [l, i18n.localeConfigs[l]?.baseUrl ?? '/']),
      ),
      defaultLocale: i18n.defaultLocale,
      shortLinkSegment: 'go',
    });
    if (meant) window.location.replace(meant + window.location.search + window.location.hash);
  }, [siteConfig.baseUrl, i18n]);
  return <NotFoundContent {...props} />;
}

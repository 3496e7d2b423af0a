/**
 * Wraps the theme's 404 content so its code, and the search for the page the
 * address meant (./WithMeantPath.tsx), come with the pages that show it: the
 * 404 page, and a docs address that matches no article. Every article page
 * would otherwise carry it, since the docs layout renders it for unknown
 * addresses.
 *
 * In/out: the theme's props; the content in place in the static HTML, kept
 * while hydrating, then the real component (src/components/LazyMdx).
 */
import type NotFoundContentType from '@theme/NotFound/Content';
import type {WrapperProps} from '@docusaurus/types';
import {lazyComponent} from '@site/src/components/LazyMdx';

type Props = WrapperProps<typeof NotFoundContentType>;

export default lazyComponent<Props>(() => import('./WithMeantPath'));

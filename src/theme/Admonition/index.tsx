/**
 * Wraps the theme's Admonition (Docusaurus' `:::note` blocks, and the
 * unlisted/draft banners) so its code and icons come with the pages that show
 * one. Microsoft's alerts don't use it: they become Callouts
 * (src/components/Callout).
 *
 * In/out: the Admonition props and the theme's own Admonition
 * (src/components/LazyMdx: in place in the static HTML, hydrated once loaded).
 */
import type {Props} from '@theme/Admonition';
import {lazyComponent} from '@site/src/components/LazyMdx';

export default lazyComponent<Props>(() => import('@theme-original/Admonition'));

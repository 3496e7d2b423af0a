/**
 * Wraps the theme's Details (`<details>` in Markdown) so its code comes with
 * the pages that use one.
 *
 * In/out: the Details props and the theme's own Details
 * (src/components/LazyMdx: in place in the static HTML, hydrated once loaded).
 */
import type {Props} from '@theme/Details';
import {lazyComponent} from '@site/src/components/LazyMdx';

export default lazyComponent<Props>(() => import('@theme-original/Details'));

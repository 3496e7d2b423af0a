/**
 * Wraps the theme's Details (`<details>` in Markdown) so its code comes with
 * the pages that use one (src/components/LazyMdx).
 *
 * In/out: the Details props and the theme's own Details.
 */
import type {Props} from '@theme/Details';
import {lazyComponent} from '@site/src/components/LazyMdx';

export default lazyComponent<Props>(() => import('@theme-original/Details'));

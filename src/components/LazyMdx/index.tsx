/**
 * Components whose code travels with the pages that show them.
 *
 * In:  a loader (`() => import('...')`) of a module whose default export is
 *      a component, and optionally what to show while it loads.
 * Out: a component with the same props. The static build waits for the real
 *      component, so the HTML is complete; the browser fetches its code when
 *      a page renders it, and hydration keeps the server's HTML meanwhile.
 *      The fallback shows only after an in-page navigation, until the code
 *      arrives.
 *
 * Why: everything registered for Markdown (MDXComponents) is in the code of
 * every article, used or not. Rare constructs (zone pivots, monikers,
 * videos, code) go through here; see src/plugins/page-weight.
 */
import React, {lazy, Suspense, type ComponentType, type ReactNode} from 'react';

export function lazyComponent<P extends object>(
  load: () => Promise<{default: ComponentType<P>}>,
  Fallback: ComponentType<P> = () => null,
): ComponentType<P> {
  const Loaded = lazy(load);
  function LazyComponent(props: P): ReactNode {
    return (
      <Suspense fallback={<Fallback {...props} />}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return LazyComponent;
}

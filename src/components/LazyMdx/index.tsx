/**
 * Components whose code travels with the pages that show them.
 *
 * In:  a loader (`() => import('...')`) of a module whose default export is
 *      a component, and what to show while it loads after an in-page
 *      navigation (default: nothing).
 * Out: a component with the same props, rendered inside
 *      `<div class="lazy-island" style="display: contents">`:
 *  - static build: the real component, in place in the HTML (the build
 *    waits for it);
 *  - page load: hydration keeps that HTML as it is, the code loads right
 *    after, and the real component takes over;
 *  - in-page navigation: the fallback, then the real component.
 *
 * Why not React's <Suspense>: in the static build React moves any Suspense
 * boundary bigger than 500 bytes that comes after the first ~12 KB of a page
 * to a hidden <div> at the end of <body>, put back in place by a script.
 * Readers without JavaScript, and crawlers, would find a code block after
 * the footer.
 */
import React, {lazy, useEffect, useState, type ComponentType, type ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';

const ISLAND_STYLE = {display: 'contents'} as const;

export function lazyComponent<P extends object>(
  load: () => Promise<{default: ComponentType<P>}>,
  Fallback: ComponentType<P> = () => null,
): ComponentType<P> {
  // The build renders through React.lazy, outside any Suspense boundary:
  // the static renderer waits for it and writes the HTML in place.
  const ForBuild = lazy(load);
  let loaded: ComponentType<P> | undefined;

  function LazyComponent(props: P): ReactNode {
    // False while rendering on the server and while hydrating, true after.
    const isBrowser = useIsBrowser();
    const [hydrating] = useState(() => ExecutionEnvironment.canUseDOM && !isBrowser);
    const [Loaded, setLoaded] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (Loaded) return;
      let current = true;
      void load().then((module) => {
        loaded = module.default;
        if (current) setLoaded(() => module.default);
      });
      return () => {
        current = false;
      };
    }, [Loaded]);

    if (!ExecutionEnvironment.canUseDOM) {
      return (
        <div className="lazy-island" style={ISLAND_STYLE}>
          <ForBuild {...props} />
        </div>
      );
    }
    if (Loaded) {
      return (
        <div className="lazy-island" style={ISLAND_STYLE}>
          <Loaded {...props} />
        </div>
      );
    }
    if (hydrating) {
      // Keeps the server's HTML untouched until the code arrives.
      return (
        <div
          className="lazy-island"
          style={ISLAND_STYLE}
          dangerouslySetInnerHTML={{__html: ''}}
          suppressHydrationWarning
        />
      );
    }
    return (
      <div className="lazy-island" style={ISLAND_STYLE}>
        <Fallback {...props} />
      </div>
    );
  }
  return LazyComponent;
}

/**
 * Keeps a part of a server-rendered page as static HTML while React hydrates
 * the rest, and hands it to React afterwards: when the browser is idle, or
 * at once when the reader points at, touches or focuses it.
 *
 * In:  children (rendered as usual on the server and on client-side
 *      navigation). Out: the same HTML inside a `display: contents` wrapper;
 *      during hydration the wrapper keeps the server's HTML untouched (an
 *      element with `dangerouslySetInnerHTML` is a leaf React doesn't
 *      hydrate), then React renders the children in its place in a
 *      transition, restoring focus and scroll positions inside it. A part
 *      that is unmounted before the browser is idle (the desktop sidebar on
 *      a phone, swapped for the drawer right after hydration) never costs
 *      its hydration.
 *
 * Why: hydration is one long task for the whole page; on a phone's CPU the
 * sidebar with every article of its category was 40% of it, for a sidebar
 * hidden at phone width.
 *
 * Until handed over, the HTML works as with JavaScript off: links load
 * their page, and a collapsed category's link opens its first article.
 */
import React, {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';
import styles from './styles.module.css';

interface Props {
  readonly children: ReactNode;
}

/** Where the reader was inside the static HTML: its focused element and scrolled boxes, by position. */
interface Place {
  focus: number;
  scrolled: [number, number][];
}

const FOCUSABLE = 'a[href], button, [tabindex]';

function placeIn(root: HTMLElement): Place {
  const focusable = [...root.querySelectorAll(FOCUSABLE)];
  const all = [...root.querySelectorAll('*')];
  return {
    focus: document.activeElement ? focusable.indexOf(document.activeElement) : -1,
    scrolled: all.flatMap((el, i): [number, number][] =>
      el.scrollTop > 0 ? [[i, el.scrollTop]] : [],
    ),
  };
}

function restorePlace(root: HTMLElement, place: Place): void {
  const all = root.querySelectorAll('*');
  for (const [i, top] of place.scrolled) {
    const el = all[i];
    if (el) el.scrollTop = top;
  }
  if (place.focus >= 0) {
    const el = root.querySelectorAll<HTMLElement>(FOCUSABLE)[place.focus];
    el?.focus({preventScroll: true});
  }
}

const whenIdle = (run: () => void): (() => void) => {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(run, {timeout: 3000});
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
};

export default function HydrateLater({children}: Props): ReactNode {
  const isBrowser = useIsBrowser();
  // Only an instance hydrating server HTML waits; one mounted by a
  // client-side navigation has no HTML to keep and renders at once.
  const [waiting, setWaiting] = useState(() => ExecutionEnvironment.canUseDOM && !isBrowser);
  const ref = useRef<HTMLDivElement>(null);
  const place = useRef<Place | null>(null);

  const handOver = useCallback(
    (urgent: boolean): void => {
      if (!waiting) return;
      if (ref.current) place.current = placeIn(ref.current);
      if (urgent) setWaiting(false);
      else startTransition(() => setWaiting(false));
    },
    [waiting],
  );

  useEffect(() => {
    if (!waiting) return undefined;
    return whenIdle(() => handOver(false));
  }, [waiting, handOver]);

  useLayoutEffect(() => {
    if (waiting || !place.current || !ref.current) return;
    restorePlace(ref.current, place.current);
    place.current = null;
  }, [waiting]);

  if (waiting) {
    return (
      <div
        key="static"
        ref={ref}
        className={styles.contents}
        onPointerOver={() => handOver(true)}
        onTouchStart={() => handOver(true)}
        onFocus={() => handOver(true)}
        // Kept as the server wrote it: React doesn't hydrate inside.
        dangerouslySetInnerHTML={{__html: ''}}
        suppressHydrationWarning
      />
    );
  }
  return (
    <div key="live" ref={ref} className={styles.contents}>
      {children}
    </div>
  );
}

/**
 * A theme wrapper whose component hydrates later:
 * `export default hydratedLater(Original)` in src/theme/<Component>/index.tsx
 * keeps the theme's component, props and all.
 */
export function hydratedLater<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  function HydratedLater(props: P): ReactNode {
    return (
      <HydrateLater>
        <Component {...props} />
      </HydrateLater>
    );
  }
  HydratedLater.displayName = `HydratedLater(${Component.displayName ?? Component.name})`;
  return HydratedLater;
}

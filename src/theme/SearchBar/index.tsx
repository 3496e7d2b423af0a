/**
 * Wraps the search library's search box (@theme-original/SearchBar) so that
 * an article page loads none of its code until the reader starts searching.
 *
 * Until then it renders a plain search box of the same size, with the
 * shortcut hint. Focusing it, hovering it or pressing the shortcut loads the
 * library's search box (a separate chunk), which replaces it and receives
 * the focus and anything already typed, in one go so no keystroke falls in
 * between. The library's box then gets fixes it lacks: its input and clear
 * button are named in the page's language (it hard-codes English), the input
 * names the list it controls, and the "See all results" link inside the list
 * of results is given the option role a list of results may contain (axe)
 * and the results page's address without a trailing slash.
 */
import React, {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import {flushSync} from 'react-dom';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {isSearchShortcut, shortcutHint} from '@site/src/search/shortcut';
import styles from './styles.module.css';

type SearchBarComponent = ComponentType<Record<string, unknown>>;

let searchBarChunk: Promise<SearchBarComponent> | undefined;
function loadSearchBar(): Promise<SearchBarComponent> {
  searchBarChunk ??= import('@theme-original/SearchBar').then(
    (m: {default: SearchBarComponent}) => m.default,
  );
  return searchBarChunk;
}

/** Give an input a value the way typing does, so React's onChange sees it. */
function typeInto(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', {bubbles: true}));
}

export default function SearchBarWrapper(props: Record<string, unknown>): ReactNode {
  const isBrowser = useIsBrowser();
  const [SearchBar, setSearchBar] = useState<SearchBarComponent | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const placeholder = useRef<HTMLInputElement>(null);
  // What the library's box takes over from the placeholder (below).
  const handOver = useRef({focus: false, value: ''});

  const label = translate({
    id: 'search.bar.label',
    message: 'Search',
    description: 'The placeholder and accessible name of the search box in the navbar',
  });
  const clearLabel = translate({
    id: 'search.bar.clear',
    message: 'Clear search',
    description: 'Accessible name of the button that empties the search box',
  });

  // The focus goes over only if the reader is still in the box when the
  // library's arrives: one who tabbed on while it loaded keeps their place.
  const load = useCallback(() => {
    void loadSearchBar().then((component) => {
      const current = placeholder.current;
      if (!current) return;
      handOver.current = {value: current.value, focus: document.activeElement === current};
      flushSync(() => setSearchBar(() => component));
    });
  }, []);

  // The shortcut works before the library's box (which has its own) is loaded.
  useEffect(() => {
    if (SearchBar) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      placeholder.current?.focus();
      load();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [SearchBar, load]);

  // Once the library's box is in: its focus and text, before the next keystroke.
  useLayoutEffect(() => {
    const input = container.current?.querySelector('input');
    if (!SearchBar || !input) return;
    const {focus, value} = handOver.current;
    if (value) typeInto(input, value);
    if (focus) input.focus();
  }, [SearchBar]);

  // The library focuses its box again when its index has loaded if the box
  // had the focus when loading began (its autocomplete moves the box, which
  // loses the focus): a reader who had tabbed on meanwhile was pulled back
  // into it. Its focus calls are let through unless the reader has since put
  // the focus somewhere else (and not asked for the box again: the shortcut).
  useEffect(() => {
    const input = container.current?.querySelector('input');
    if (!SearchBar || !input) return undefined;
    let left = false;
    const leave = (event: FocusEvent) => {
      if (event.relatedTarget) left = true;
    };
    const enter = () => (left = false);
    const ask = (event: KeyboardEvent) => {
      if (isSearchShortcut(event)) left = false;
    };
    input.addEventListener('blur', leave);
    input.addEventListener('focus', enter);
    document.addEventListener('keydown', ask, {capture: true});
    input.focus = (options?: FocusOptions) => {
      if (!left) HTMLElement.prototype.focus.call(input, options);
    };
    return () => {
      input.removeEventListener('blur', leave);
      input.removeEventListener('focus', enter);
      document.removeEventListener('keydown', ask, {capture: true});
      Reflect.deleteProperty(input, 'focus');
    };
  }, [SearchBar]);

  // ...and the fixes, again whenever the library redraws its list.
  useEffect(() => {
    const root = container.current;
    const input = root?.querySelector('input');
    if (!SearchBar || !root || !input) return undefined;
    const fix = () => {
      input.setAttribute('aria-label', label);
      const list = input.getAttribute('aria-owns');
      if (list && input.getAttribute('aria-controls') !== list)
        input.setAttribute('aria-controls', list);
      root
        .querySelectorAll('button:not([aria-label])')
        .forEach((button) => button.setAttribute('aria-label', clearLabel));
      root
        .querySelectorAll('[role="listbox"] a:not([role])')
        .forEach((link) => link.setAttribute('role', 'option'));
      // The library writes the results page as `search/`; the site has no
      // trailing slashes, and a static host may not answer that address.
      // (Its own click handler still routes to `search/`: the results page
      // puts the address right.)
      root
        .querySelectorAll<HTMLAnchorElement>('[role="listbox"] a[href*="/search/?"]')
        .forEach((link) => {
          link.setAttribute('href', link.getAttribute('href')!.replace('/search/?', '/search?'));
        });
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(root, {childList: true, subtree: true});
    return () => observer.disconnect();
  }, [SearchBar, label, clearLabel]);

  if (SearchBar) {
    return (
      <div ref={container} className={styles.loaded}>
        <SearchBar {...props} />
      </div>
    );
  }
  return (
    <div ref={container} className={clsx('navbar__search', styles.searchBox)}>
      <input
        ref={placeholder}
        type="search"
        className={clsx('navbar__search-input', styles.input)}
        placeholder={label}
        aria-label={label}
        onFocus={load}
        onPointerEnter={load}
      />
      {/* Rendered empty on the server so that the first screen's inline CSS
          (src/plugins/critical-css) keeps its rules: on a phone, hidden. */}
      <span className={styles.hint} aria-hidden="true">
        {isBrowser && shortcutHint(navigator.platform).map((key) => <kbd key={key}>{key}</kbd>)}
      </span>
    </div>
  );
}

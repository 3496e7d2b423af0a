/**
 * The keyboard shortcut that opens search: Ctrl+K, or ⌘K on a Mac.
 * One definition for the search library's option (docusaurus.config.ts) and
 * the site's lightweight search box (src/theme/SearchBar), which listens for
 * it until the library's search box has loaded.
 */
export const SEARCH_SHORTCUT = 'mod+k';

/** In: a keydown event. Out: whether it is the search shortcut. */
export function isSearchShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 'k'
  );
}

/** The keys to show as a hint, e.g. ['Ctrl', 'K'] or ['⌘', 'K']. */
export function shortcutHint(platform: string): string[] {
  return /mac|iphone|ipad/i.test(platform) ? ['⌘', 'K'] : ['Ctrl', 'K'];
}

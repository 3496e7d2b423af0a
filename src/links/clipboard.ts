/**
 * Copying a link, in the browser, with the fallbacks a support agent's
 * locked-down machine needs.
 *
 * In:  the text to copy.
 * Out: 'copied' when it is on the clipboard, through the Clipboard API or,
 *      when that is missing or refused (insecure origin, denied permission,
 *      document not focused), through the older `execCommand('copy')` path
 *      (copy-text-to-clipboard, the library Docusaurus' code blocks use);
 *      'manual' when both failed and the reader has to copy it by hand.
 */
import copyWithSelection from 'copy-text-to-clipboard';

export type CopyOutcome = 'copied' | 'manual';

export async function copyText(text: string): Promise<CopyOutcome> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused: fall through to the selection-based copy.
  }
  try {
    return copyWithSelection(text) ? 'copied' : 'manual';
  } catch {
    return 'manual';
  }
}

/** Absolute URL of `to` (`#id`, `/go/x`, a full URL) as seen from this page, without its query. */
export function absoluteLink(to: string): string {
  const here = `${window.location.origin}${window.location.pathname}`;
  return new URL(to, here).href;
}

/**
 * Copying rich text, for "Copy for a ticket" (src/components/CopyLink/TicketMenu.tsx).
 *
 * In:  the plain text and its HTML. Out: 'copied' or 'manual', as copyText.
 * Why its own file: only the ticket menu, loaded on demand, uses it; in
 * ./clipboard.ts, which every page's copy buttons import, it would be in
 * every page's JavaScript.
 */
import {copyText, type CopyOutcome} from './clipboard';

/**
 * Copies rich text (`text/html`) with its plain-text twin: through the
 * Clipboard API's `write()`, else `execCommand('copy')` with both types set
 * on the copy event, else the plain text alone (copyText).
 */
export async function copyRich(text: string, html: string): Promise<CopyOutcome> {
  try {
    if (navigator.clipboard?.write && typeof ClipboardItem !== 'undefined') {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], {type: 'text/plain'}),
          'text/html': new Blob([html], {type: 'text/html'}),
        }),
      ]);
      return 'copied';
    }
  } catch {
    // Refused: try the copy event.
  }
  const onCopy = (event: ClipboardEvent): void => {
    event.clipboardData?.setData('text/plain', text);
    event.clipboardData?.setData('text/html', html);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    if (document.execCommand('copy')) return 'copied';
  } catch {
    // Unsupported: plain text below.
  } finally {
    document.removeEventListener('copy', onCopy);
  }
  return copyText(text);
}

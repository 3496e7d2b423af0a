/**
 * Copy a link and say so: what every "copy link" control does first.
 *
 * In:  an absolute address. Out: `true` when it is on the clipboard and
 * "Link copied" was announced; `false` when the browser refused, so the
 * caller shows its own fallback (a dialog with the link, a prompt).
 * Why here: the heading buttons (CopyLink) and the selection button
 * (SelectionLink) differ only in that fallback.
 */
import {translate} from '@docusaurus/Translate';
import {copyText} from './clipboard';
import {announce} from './announce';

export async function copyLinkAnnounced(url: string): Promise<boolean> {
  if ((await copyText(url)) !== 'copied') return false;
  announce(
    translate({
      id: 'links.copyLink.copied',
      message: 'Link copied',
      description: 'Said and shown after a link was copied',
    }),
  );
  return true;
}

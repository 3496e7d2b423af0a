/**
 * remark plugin: DocFX videos.
 *
 * Markdown in:  > [!VIDEO https://www.microsoft.com/videoplayer/embed/RE4KWvE]
 * mdast out:    <VideoCard src="https://www.microsoft.com/videoplayer/embed/RE4KWvE" />
 *
 * Learn embeds the player in an iframe; this site shows a link card to the
 * video instead (src/components/VideoCard): no third-party frame, cookies
 * or script on our pages, and it prints. Only https:// addresses are
 * accepted; anything else fails the build with file and line.
 */
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {createContext, defect, inheritOrigin, type MsdocsOptions} from './context';
import {defectBox, jsxFlow} from './nodes';
import {readQuoteMarker} from './quote';

export default function remarkMsdocsVideo(options: MsdocsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    visit(tree, 'blockquote', (quote, index, parent) => {
      if (!parent || index === undefined) return;
      const marker = readQuoteMarker(ctx, quote);
      if (marker?.name !== 'VIDEO') return;
      let url: URL | undefined;
      try {
        url = new URL(marker.args);
      } catch {
        url = undefined;
      }
      const usable = url?.protocol === 'https:';
      if (!usable) {
        defect(
          ctx,
          quote,
          '[!VIDEO]',
          `"${marker.args}" is not an https:// address; expected > [!VIDEO https://...]`,
          'shown',
        );
      }
      marker.strip(true);
      const card = inheritOrigin(
        url && usable ? jsxFlow('VideoCard', {src: url.href}, []) : defectBox('[!VIDEO]'),
        quote,
      );
      card.position = quote.position;
      // Anything written after the video line in the same quote stays, below the card.
      parent.children.splice(index, 1, card, ...(quote.children as never[]));
    });
  };
}

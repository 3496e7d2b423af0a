/**
 * Reads the DocFX marker that opens a block quote: `> [!NOTE]`,
 * `>[!div class="nextstepaction"]`, `> [!VIDEO https://...]`.
 *
 * In:  a blockquote node and the plugin context.
 * Out: the marker's name (upper-cased) and arguments, and a function that
 *      removes the marker from the quote, keeping what follows it (text on
 *      the same line, the next lines, other blocks).
 * The marker is read from the source line, so URLs that GFM turned into
 * links and quotes in attributes read as written. Each quote is classified
 * once: alerts, divs and videos (./alerts.ts, ./divs.ts, ./video.ts) share
 * the reading (and a quote without a marker is known as such).
 */
import type {Blockquote, Paragraph, PhrasingContent} from 'mdast';
import {sourceOf, type Context} from './context';

export interface QuoteMarker {
  name: string;
  args: string;
  /** Removes the marker (and the rest of its line when wholeLine). */
  strip(wholeLine: boolean): void;
}

const MARKER = /^\[!([A-Za-z][\w-]*)(?:[ \t]+([^\]\n]*?))?[ \t]*\]/;

const classified = new WeakMap<Blockquote, QuoteMarker | null>();

export function readQuoteMarker(ctx: Context, quote: Blockquote): QuoteMarker | undefined {
  let marker = classified.get(quote);
  if (marker === undefined) {
    marker = classify(ctx, quote) ?? null;
    classified.set(quote, marker);
  }
  return marker ?? undefined;
}

function classify(ctx: Context, quote: Blockquote): QuoteMarker | undefined {
  const paragraph = quote.children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  const firstLine = (sourceOf(ctx, paragraph) || textOf(paragraph)).split('\n')[0] ?? '';
  const m = MARKER.exec(firstLine.trim());
  if (!m) return undefined;
  const markerText = m[0];
  return {
    name: (m[1] ?? '').toUpperCase(),
    args: (m[2] ?? '').trim(),
    strip(wholeLine: boolean) {
      classified.set(quote, null);
      paragraph.children = wholeLine
        ? dropFirstLine(paragraph.children)
        : dropPrefix(paragraph.children, markerText);
      if (paragraph.children.length === 0) quote.children.shift();
    },
  };
}

function textOf(paragraph: Paragraph): string {
  const first = paragraph.children[0];
  return first?.type === 'text' ? first.value : '';
}

/** Drops the first line: nodes up to the first line ending. */
function dropFirstLine(children: PhrasingContent[]): PhrasingContent[] {
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i]!;
    if (child.type === 'break') return trimStart(children.slice(i + 1));
    if (child.type === 'text' && child.value.includes('\n')) {
      const rest = {...child, value: child.value.slice(child.value.indexOf('\n') + 1)};
      return trimStart([rest, ...children.slice(i + 1)]);
    }
  }
  return [];
}

/** Drops `[!NOTE]` from the start of the first text node. */
function dropPrefix(children: PhrasingContent[], marker: string): PhrasingContent[] {
  const first = children[0];
  if (first?.type !== 'text') return children;
  const value = first.value.trimStart();
  if (!value.startsWith(marker)) return children;
  return trimStart([{...first, value: value.slice(marker.length)}, ...children.slice(1)]);
}

function trimStart(children: PhrasingContent[]): PhrasingContent[] {
  const out = [...children];
  while (out[0]?.type === 'break') out.shift();
  const first = out[0];
  if (first?.type === 'text') {
    const value = first.value.replace(/^\s+/, '');
    if (value) out[0] = {...first, value};
    else return trimStart(out.slice(1));
  }
  return out;
}

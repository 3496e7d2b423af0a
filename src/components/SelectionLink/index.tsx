/**
 * "Copy link to selected text": when the reader selects text in the article,
 * a small button appears under the selection and copies a link that opens
 * this page at that passage (`#section:~:text=...`), which browsers scroll to
 * and highlight.
 *
 * In:  the reader's selection inside the article body. Out: a link on the
 * clipboard (see CopyLink for the fallbacks and the announcement). The
 * fragment generator (text-fragments-polyfill, by Chrome's team) is loaded
 * only when the button is used, so it costs pages nothing.
 */
import React, {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import {createPortal} from 'react-dom';
import {translate} from '@docusaurus/Translate';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {absoluteLink} from '@site/src/links/clipboard';
import {copyLinkAnnounced} from '@site/src/links/copyLink';
import {SECTION_SELECTOR} from '@site/src/links/place';
import {plainFragment, textFragmentHash, type TextFragment} from '@site/src/links/textFragment';
import styles from './styles.module.css';

interface Spot {
  top: number;
  left: number;
}

function articleBody(): Element | null {
  return document.querySelector(`.${ThemeClassNames.docs.docMarkdown}`);
}

/** The selection if it lies in the article body and holds some text. */
function articleRange(): Range | undefined {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const body = articleBody();
  if (!body || !body.contains(range.commonAncestorContainer)) return undefined;
  return range.toString().trim() ? range : undefined;
}

/** The id of the row, callout or section the passage is in. */
function sectionIdAt(range: Range): string | undefined {
  const start =
    range.startContainer instanceof Element
      ? range.startContainer
      : range.startContainer.parentElement;
  const own = start?.closest('tr[id], [data-callout][id]');
  if (own) return own.id;
  let section: Element | undefined;
  for (const heading of Array.from(document.querySelectorAll(SECTION_SELECTOR))) {
    // Headings before the passage: the last one is its section.
    if (heading.compareDocumentPosition(range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING)
      section = heading;
    else break;
  }
  return section?.id;
}

async function fragmentFor(range: Range): Promise<TextFragment> {
  try {
    const generator = await import('text-fragments-polyfill/dist/fragment-generation-utils.js');
    const result = generator.generateFragmentFromRange(range);
    if (result.status === generator.GenerateFragmentStatus.SUCCESS && result.fragment)
      return result.fragment;
  } catch {
    // The generator failed to load or gave up: use the words themselves.
  }
  return plainFragment(range.toString());
}

export default function SelectionLink(): ReactNode {
  const [spot, setSpot] = useState<Spot | undefined>();
  const rangeRef = useRef<Range | undefined>(undefined);
  const label = translate({
    id: 'links.selection.copy',
    message: 'Copy link to selected text',
    description:
      'Button shown under selected article text; copies a link that highlights that text',
  });

  const update = useCallback(() => {
    const range = articleRange();
    rangeRef.current = range?.cloneRange();
    if (!range) {
      setSpot(undefined);
      return;
    }
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    const width = Math.min(320, document.documentElement.clientWidth - 16);
    setSpot({
      top: last.bottom + window.scrollY + 6,
      left: Math.max(
        8,
        Math.min(
          last.left + window.scrollX,
          window.scrollX + document.documentElement.clientWidth - width,
        ),
      ),
    });
  }, []);

  useEffect(() => {
    let frame = 0;
    const schedule = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    document.addEventListener('selectionchange', schedule);
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [update]);

  async function onClick(): Promise<void> {
    const range = rangeRef.current;
    if (!range) return;
    const hash = textFragmentHash(await fragmentFor(range), sectionIdAt(range));
    const url = absoluteLink(hash);
    // No clipboard at all: show the link where the reader can copy it.
    if (!(await copyLinkAnnounced(url))) window.prompt(label, url);
  }

  if (!spot) return null;
  // In <body>, so page coordinates place it whatever the article's layout.
  return createPortal(
    <button
      type="button"
      className={styles.button}
      style={{top: spot.top, left: spot.left}}
      data-selection-link
      // Keep the selection: a mouse press on a button would otherwise clear it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => void onClick()}>
      {label}
    </button>,
    document.body,
  );
}

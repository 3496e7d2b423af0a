/**
 * The English original beside the Turkish text, section by section.
 *
 * In:  the English page's path and the sections the build says changed in
 *      English since the translation (PageTranslation), rendered inside the
 *      translated article (under its title, by TranslationNotice).
 * Out: while mounted, after each Turkish section of the article, a
 *      `<section data-side-by-side-section="id">` with the English section(s)
 *      of the same id: beside the Turkish from 997px wide (a two-column grid
 *      on the article), under it on narrower screens. A section whose English
 *      changed since the translation, or that only English has, says so
 *      (`data-changed`). On failure, a link to the English page instead; and
 *      a close button that stays in view whenever the toggle that opened the
 *      view (which closes it too) is not: on a phone's first screen the
 *      floating button would cover that toggle. Unmounting takes it all out
 *      again.
 *
 * Why this way: the English text is the English page's own HTML, fetched at
 * its URL when the reader asks (nothing is built or downloaded for readers
 * who don't), and this module is a separate chunk (import() in
 * TranslationNotice). The English nodes are copies: their ids get a prefix
 * (the Turkish page already has them), buttons that need their page's
 * script are left out.
 */
import React, {useEffect, useRef, useState, type ReactNode, type RefObject} from 'react';
import {translate} from '@docusaurus/Translate';
import {EnglishOriginalLink} from '../TranslationNotice/StatusNotes';
import {pairSections, sectionsOf, type Pair} from './align';
import styles from './styles.module.css';

export interface SideBySideProps {
  englishPath: string;
  changedSections?: string[];
  /** Called by the close button. */
  onClose: () => void;
  /** The button that opened the view and closes it: while it is in view, the floating close button hides. */
  toggle?: RefObject<HTMLElement | null>;
}

/** The sticky navbar's height (Infima's --ifm-navbar-height, 3.75rem) and a little: a toggle under it is out of view. */
const UNDER_NAVBAR = '-64px 0px 0px 0px';

/** Whether `target` shows on screen (below the navbar); false until known, and where there is no IntersectionObserver. */
function useInView(target: RefObject<HTMLElement | null> | undefined): boolean {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const el = target?.current;
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => setInView(entries.some((entry) => entry.isIntersecting)),
      {rootMargin: UNDER_NAVBAR},
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [target]);
  return inView;
}

const ID_PREFIX = 'en-';
const ARTICLE = '.theme-doc-markdown';

/** A copy of an English node for this page: ids and radio groups prefixed, references kept, scripted controls out. */
function adopt(node: Element): Element {
  const copy = document.importNode(node, true);
  copy.querySelectorAll('button, a.hash-link').forEach((el) => el.remove());
  const all = [copy, ...Array.from(copy.querySelectorAll('*'))];
  for (const el of all) {
    if (el.id) el.id = ID_PREFIX + el.id;
    // Radio groups too: an English copy must not share a group with the Turkish original.
    const name = el.getAttribute('name');
    if (name && el.tagName === 'INPUT') el.setAttribute('name', ID_PREFIX + name);
    for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers']) {
      const value = el.getAttribute(attr);
      if (value)
        el.setAttribute(
          attr,
          value
            .split(/\s+/)
            .map((id) => ID_PREFIX + id)
            .join(' '),
        );
    }
    const href = el.getAttribute('href');
    if (el.tagName === 'A' && href?.startsWith('#'))
      el.setAttribute('href', `#${ID_PREFIX}${href.slice(1)}`);
  }
  return copy;
}

interface Labels {
  english: string;
  changed: string;
}

/** The block beside one Turkish section. */
function englishBlock(pair: Pair, changed: Set<string>, labels: Labels): HTMLElement {
  const block = document.createElement('section');
  block.className = styles.english!;
  block.setAttribute('data-side-by-side-section', pair.id);
  block.setAttribute('aria-label', labels.english);
  const label = document.createElement('p');
  label.className = styles.label!;
  label.textContent = labels.english;
  block.append(label);
  for (const section of pair.en) {
    // A section only English has was added since: changed too.
    if (section.onlyInEnglish || changed.has(section.id)) {
      block.setAttribute('data-changed', 'true');
      const mark = document.createElement('p');
      mark.className = styles.changed!;
      mark.setAttribute('data-changed-section', section.id);
      mark.textContent = labels.changed;
      block.append(mark);
    }
    const text = document.createElement('div');
    text.lang = 'en';
    text.append(...section.nodes.map(adopt));
    block.append(text);
  }
  return block;
}

/** Puts the English blocks in the article; returns what undoes it. */
function showBeside(article: Element, english: Element, changed: Set<string>, labels: Labels) {
  const pairs = pairSections(sectionsOf(article), sectionsOf(english));
  const blocks = pairs.map((pair) => {
    const block = englishBlock(pair, changed, labels);
    pair.tr[pair.tr.length - 1]!.after(block);
    return {pair, block};
  });
  // Grid rows, explicit (auto-placement would put the Turkish text after
  // the English blocks): the header takes row 1, each Turkish node the next
  // row of the first column, each English block its section's rows.
  const rowOf = new Map<Element, number>();
  const placed: HTMLElement[] = [];
  let row = 1;
  for (const el of Array.from(article.children)) {
    if (el.hasAttribute('data-side-by-side-section') || !(el instanceof HTMLElement)) continue;
    rowOf.set(el, row);
    el.style.gridRow = String(row);
    placed.push(el);
    row += 1;
  }
  for (const {pair, block} of blocks) {
    block.style.gridRow = `${rowOf.get(pair.tr[0]!)} / span ${pair.tr.length}`;
  }
  article.classList.add(styles.open!);
  return () => {
    for (const {block} of blocks) block.remove();
    for (const el of placed) el.style.removeProperty('grid-row');
    article.classList.remove(styles.open!);
  };
}

type State = 'loading' | 'shown' | 'failed';

export default function SideBySide({
  englishPath,
  changedSections,
  onClose,
  toggle,
}: SideBySideProps): ReactNode {
  const anchor = useRef<HTMLDivElement>(null);
  const toggleInView = useInView(toggle);
  const [state, setState] = useState<State>('loading');
  const changedKey = (changedSections ?? []).join(' ');

  useEffect(() => {
    const article = anchor.current?.closest(ARTICLE);
    if (!article) return undefined;
    const labels: Labels = {
      english: translate({
        id: 'sideBySide.english',
        message: 'English original',
        description: 'Label of the English text shown beside a section of a translated page',
      }),
      changed: translate({
        id: 'sideBySide.changed',
        message: 'Changed in English since the translation',
        description: 'Mark on an English section whose text changed after the page was translated',
      }),
    };
    let undo: (() => void) | undefined;
    const controller = new AbortController();
    setState('loading');
    fetch(englishPath, {signal: controller.signal, credentials: 'same-origin'})
      .then((r) => {
        if (!r.ok) throw new Error(`${englishPath}: HTTP ${r.status}`);
        return r.text();
      })
      .then((html) => {
        const english = new DOMParser().parseFromString(html, 'text/html').querySelector(ARTICLE);
        if (!english) throw new Error(`${englishPath}: no article`);
        undo = showBeside(article, english, new Set(changedKey.split(' ')), labels);
        setState('shown');
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        console.warn('Side by side:', err);
        setState('failed');
      });
    return () => {
      controller.abort();
      undo?.();
    };
  }, [englishPath, changedKey]);

  return (
    <div ref={anchor} className={styles.status}>
      <p role="status" className={styles.statusText}>
        {/* Loading failed: the English page itself, one link away. */}
        {state === 'failed' && <EnglishOriginalLink englishPath={englishPath} />}
      </p>
      <button type="button" className={styles.close} onClick={onClose} hidden={toggleInView}>
        {translate({
          id: 'sideBySide.close',
          message: 'Close English',
          description:
            'Button, always in view, that closes the English text shown beside the translation',
        })}
      </button>
    </div>
  );
}

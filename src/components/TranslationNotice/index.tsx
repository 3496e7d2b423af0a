/**
 * What a page says about its translation: the one component for it.
 *
 * In:  the page's PageTranslation (./usePageTranslation.ts: machine or
 *      person, fresh or outdated, the English page's path) and the reader's
 *      remembered choice (./preference.ts).
 * Out: `TranslationNotice`, under the article's title, shows whichever
 *      notes apply, in this order:
 *  - OutdatedNote / MissingNote (./StatusNotes.tsx): the English original
 *    changed since the translation, or there is no translation yet;
 *  - MachineTranslationNotice: on `ms.translationtype: MT` pages, a note
 *    (`data-translation-notice="machine"`) that the page was machine
 *    translated, a link to the same page in English keeping the `#section`,
 *    and a button to always read English originals of such pages. With that
 *    choice made, opening a machine-translated page opens its English
 *    original instead (unless the reader asked for the translation anyway).
 *  - HumanTranslationNote: one quiet line on `HT` pages.
 *  - SideBySideToggle: a button that shows the English original beside each
 *    section (src/components/SideBySide, loaded when first opened);
 *  - OriginalChosenNote: on the English page the reader was sent to, says
 *    why, links back to the translation and undoes the choice.
 *
 * Why one component: the notes share the English path and the choice, and a
 * page that is machine translated and outdated says both in one place.
 */
import React, {
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useReducer,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {PageTranslation} from '@site/src/translation/page';
import {
  prefersOriginals,
  prefersSideBySide,
  setPrefersSideBySide,
  readsAnyway,
  rememberSent,
  sentTo,
  setPrefersOriginals,
  setReadAnyway,
  type SentFrom,
} from './preference';
import {MissingNote, OutdatedNote} from './StatusNotes';
import {usePageTranslation} from './usePageTranslation';
import styles from './styles.module.css';

/** The current `#section`, known only in the browser (never in the static HTML). */
function useHash(): string {
  const {hash} = useLocation();
  return useIsBrowser() ? hash : '';
}

/** Forgets the choice to open English originals; shown wherever that choice is in effect. */
function UndoOriginalsButton({onUndone}: {onUndone: () => void}): ReactNode {
  return (
    <button
      type="button"
      className={styles.choice}
      onClick={() => {
        setPrefersOriginals(false);
        onUndone();
      }}>
      <Translate
        id="translationNotice.undo"
        description="Button that undoes the choice to always open English originals of machine-translated pages">
        Stop opening English originals
      </Translate>
    </button>
  );
}

function MachineTranslationNotice({originalPath}: {originalPath: string}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const {pathname} = useLocation();
  const hash = useHash();
  // Storage exists only in the browser: the static HTML never shows the choice.
  const isBrowser = useIsBrowser();
  // The choice lives in storage; undoing it re-renders to read it again.
  const [, reread] = useReducer((n: number) => n + 1, 0);
  const chosen = isBrowser && prefersOriginals();
  const locale = i18n.currentLocale;

  const goToOriginal = useCallback((): void => {
    rememberSent({original: originalPath, translation: pathname, locale});
    // replace(): Back must not return to this page, which would send the reader on again.
    window.location.replace(originalPath + window.location.hash);
  }, [originalPath, pathname, locale]);

  useEffect(() => {
    if (prefersOriginals() && !readsAnyway(pathname)) goToOriginal();
  }, [pathname, goToOriginal]);

  return (
    <div role="note" className={styles.notice} data-translation-notice="machine">
      <p className={styles.text}>
        <Translate
          id="translationNotice.machine.text"
          description="Notice on a machine-translated page">
          This page was translated by a machine and may contain mistakes.
        </Translate>{' '}
        {/* eslint-disable-next-line @docusaurus/no-html-links -- another locale is another build: a full page load, not the router */}
        <a href={originalPath + hash} hrefLang={i18n.defaultLocale} target="_self">
          <Translate
            id="translationNotice.machine.readOriginal"
            description="Link from a machine-translated page to the same page in English">
            Read the English original
          </Translate>
        </a>
      </p>
      {chosen ? (
        <p className={styles.text}>
          <Translate
            id="translationNotice.machine.chosen"
            description="Said on a machine-translated page the reader opened although they chose English originals">
            You chose to open English originals of machine-translated pages.
          </Translate>{' '}
          <UndoOriginalsButton onUndone={reread} />
        </p>
      ) : (
        <p className={styles.text}>
          <button
            type="button"
            className={styles.choice}
            onClick={() => {
              setPrefersOriginals(true);
              goToOriginal();
            }}>
            <Translate
              id="translationNotice.machine.always"
              description="Button: from now on, open the English original instead of any machine-translated page">
              Always open English originals of machine-translated pages
            </Translate>
          </button>
        </p>
      )}
    </div>
  );
}

function HumanTranslationNote({originalPath}: {originalPath: string}): ReactNode {
  const {i18n} = useDocusaurusContext();
  return (
    <p className={styles.human} data-translation-notice="human">
      <Translate
        id="translationNotice.human"
        description="Quiet line on a page translated by a person">
        Translated by a person.
      </Translate>{' '}
      {/* eslint-disable-next-line @docusaurus/no-html-links -- another locale is another build: a full page load, not the router */}
      <a href={originalPath} hrefLang={i18n.defaultLocale} target="_self">
        <Translate
          id="sideBySide.english"
          description="Label of the English text shown beside a section of a translated page">
          English original
        </Translate>
      </a>
    </p>
  );
}

// Its own chunk: readers who never open the view never download it.
const SideBySide = lazy(() => import('@site/src/components/SideBySide'));

/**
 * The button that shows the English original beside each section, and the
 * view while it is open. The reader's choice is remembered (./preference.ts):
 * the next translated page opens with the view. Only in the browser: without
 * JavaScript the notes' links lead to the English page.
 */
function SideBySideToggle({translation}: {translation: PageTranslation}): ReactNode {
  const isBrowser = useIsBrowser();
  // The reader's choice on this page, else the remembered one (storage exists only in the browser).
  const [chosen, setChosen] = useState<boolean>();
  const open = chosen ?? (isBrowser && prefersSideBySide());
  const button = useRef<HTMLButtonElement>(null);
  const toggle = (on: boolean): void => {
    setPrefersSideBySide(on);
    setChosen(on);
  };
  if (!isBrowser) return null;
  return (
    // data-js-only: the toggle exists only with JavaScript (the crawl compares the text without it).
    <div className={styles.sideBySide} data-js-only>
      <button
        ref={button}
        type="button"
        className={styles.choice}
        aria-pressed={open}
        onClick={() => toggle(!open)}>
        <Translate
          id="translationNotice.sideBySide.show"
          description="Toggle button on a translated page: show the English original next to each section (pressed while shown)">
          Show English beside each section
        </Translate>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SideBySide
            englishPath={translation.englishPath}
            changedSections={translation.changedSections}
            toggle={button}
            onClose={() => {
              toggle(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}

function OriginalChosenNote(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const {pathname} = useLocation();
  // The page the choice was undone on, and where the reader had been sent from
  // (undoing clears the choice, so it is no longer in storage to read).
  const [undoneOn, setUndoneOn] = useState<{path: string; sent: SentFrom}>();
  // Storage exists only in the browser: the static HTML never shows this note.
  const isBrowser = useIsBrowser();
  const undone = undoneOn?.path === pathname;
  const sent = undone
    ? undoneOn.sent
    : isBrowser && prefersOriginals()
      ? sentTo(pathname)
      : undefined;

  if (!sent) return null;
  const language = i18n.localeConfigs[sent.locale]?.label ?? sent.locale;
  const translationLink = (
    // eslint-disable-next-line @docusaurus/no-html-links -- another locale is another build: a full page load, not the router
    <a
      href={sent.translation}
      hrefLang={sent.locale}
      target="_self"
      onClick={() => setReadAnyway(sent.translation)}>
      <Translate
        id="translationNotice.original.readTranslation"
        description="Link from the English original back to the machine translation the reader skipped"
        values={{language}}>
        {'Read the machine translation ({language})'}
      </Translate>
    </a>
  );
  return (
    <div role="note" className={styles.notice} data-translation-notice="original">
      {undone ? (
        <p className={styles.text}>
          <Translate
            id="translationNotice.original.undone"
            description="Said after the reader undid the choice to open English originals">
            Done: machine-translated pages open in their own language again.
          </Translate>{' '}
          {translationLink}
        </p>
      ) : (
        <p className={styles.text}>
          <Translate
            id="translationNotice.original.text"
            description="On the English page a reader was sent to instead of a machine translation">
            You are reading the English original because you chose it over machine translations.
          </Translate>{' '}
          {translationLink}{' '}
          <UndoOriginalsButton onUndone={() => setUndoneOn({path: pathname, sent})} />
        </p>
      )}
    </div>
  );
}

export default function TranslationNotice(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const translation = usePageTranslation();
  if (!translation) return <OriginalChosenNote />;
  if (translation.status === 'missing') return <MissingNote />;
  const lang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  return (
    <>
      {translation.status === 'outdated' && <OutdatedNote translation={translation} lang={lang} />}
      {translation.machine && <MachineTranslationNotice originalPath={translation.englishPath} />}
      {translation.reviewed && <HumanTranslationNote originalPath={translation.englishPath} />}
      <SideBySideToggle translation={translation} />
    </>
  );
}

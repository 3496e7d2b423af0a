/**
 * The notes about a translation's freshness.
 *
 * In:  the page's PageTranslation (src/translation/page.ts) and the page's
 *      language tag, for the date.
 * Out: `OutdatedNote` (`data-translation-notice="outdated"`: may be out of
 *      date, since when, a link to the English original) and `MissingNote`
 *      (`data-translation-notice="missing"`: shown in English for want of a
 *      translation). Plain links: they work without JavaScript.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {articleDateText} from '@site/src/msdocs/articleMeta';
import type {PageTranslation} from '@site/src/translation/page';
import styles from './styles.module.css';

function OutdatedMessage({t, lang}: {t: PageTranslation; lang: string}): ReactNode {
  if (t.reason === 'unrecorded') {
    return (
      <Translate
        id="translationStatus.outdated.unrecorded"
        description="Notice on a translated page that was never checked against its English original">
        This translation may be out of date: it has not been checked against the current English
        original.
      </Translate>
    );
  }
  if (!t.date) {
    return (
      <Translate
        id="translationStatus.outdated.changed"
        description="Notice on a translated page whose English original changed after it was translated (date unknown)">
        This translation may be out of date: the English original has changed since it was
        translated.
      </Translate>
    );
  }
  return (
    <Translate
      id="translationStatus.outdated.changedSince"
      description="Notice on a translated page whose English original changed after it was translated; {date} is the date of the translation"
      values={{date: <time dateTime={t.date}>{articleDateText(t.date, t.dates, lang)}</time>}}>
      {
        'This translation may be out of date: the English original has changed since it was translated on {date}.'
      }
    </Translate>
  );
}

/** "Read the English original": the English page of a translated one. */
export function EnglishOriginalLink({englishPath}: {englishPath: string}): ReactNode {
  return (
    // pathname:// : another locale is another site, so a full page load without our base URL (as the locale menu does).
    <Link to={`pathname://${englishPath}`} autoAddBaseUrl={false} hrefLang="en" target="_self">
      <Translate
        id="translationStatus.outdated.englishLink"
        description="Link from an outdated translation to the English original">
        Read the English original
      </Translate>
    </Link>
  );
}

/** A translation note: a boxed note the reader's assistive technology names as one. */
function Note({
  kind,
  alert,
  children,
}: {
  kind: 'outdated' | 'missing';
  alert: 'warning' | 'info';
  children: ReactNode;
}): ReactNode {
  return (
    <div
      role="note"
      data-translation-notice={kind}
      className={clsx('alert', `alert--${alert}`, 'margin-bottom--md', styles.alert)}>
      {children}
    </div>
  );
}

export function OutdatedNote({
  translation,
  lang,
  children,
}: {
  translation: PageTranslation;
  lang: string;
  /** More actions, after the link (the side-by-side button). */
  children?: ReactNode;
}): ReactNode {
  return (
    <Note kind="outdated" alert="warning">
      <p>
        <OutdatedMessage t={translation} lang={lang} />
      </p>
      <p>
        <EnglishOriginalLink englishPath={translation.englishPath} />
        {children}
      </p>
    </Note>
  );
}

export function MissingNote(): ReactNode {
  return (
    <Note kind="missing" alert="info">
      <p>
        <Translate
          id="translationStatus.missing"
          description="Notice on a page of a translated locale that shows the English article because it has no translation yet">
          This article has not been translated into this language yet, so it is shown in English.
        </Translate>
      </p>
    </Note>
  );
}

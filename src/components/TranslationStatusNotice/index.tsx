import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {PageTranslationStatus} from '@site/src/translation/page';
import styles from './styles.module.css';

/**
 * The notice on a translated page that lags its English source, or on a
 * page of a translated locale that has no translation yet.
 *
 * In:  the page's status (computed at build time, see
 *      src/plugins/translation-status), the address of the English page and
 *      the language tag dates are formatted for.
 * Out: nothing for a current page; otherwise an element with
 *      `data-translation-notice="outdated" | "missing"`.
 */
export interface TranslationStatusNoticeProps {
  status: PageTranslationStatus;
  /** Path of the same page in English, e.g. `/microsoft-365/...`. */
  englishUrl: string;
  /** BCP 47 tag of the page's language (`tr`), for the date. */
  lang: string;
}

// One formatter per language (the static build renders a notice on most
// Turkish pages). ISO dates are days, not instants: format them in UTC so no
// time zone moves them to the day before.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function TranslationDate({date, lang}: {date: string; lang: string}): ReactNode {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC'});
    dateFormats.set(lang, format);
  }
  const text = format.format(new Date(`${date}T00:00:00Z`));
  return <time dateTime={date}>{text}</time>;
}

function OutdatedMessage({status, lang}: {status: PageTranslationStatus; lang: string}): ReactNode {
  if (status.reason === 'unrecorded') {
    return (
      <Translate
        id="translationStatus.outdated.unrecorded"
        description="Notice on a translated page that was never checked against its English original">
        This translation may be out of date: it has not been checked against the current English
        original.
      </Translate>
    );
  }
  if (!status.date) {
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
      values={{date: <TranslationDate date={status.date} lang={lang} />}}>
      {
        'This translation may be out of date: the English original has changed since it was translated on {date}.'
      }
    </Translate>
  );
}

export default function TranslationStatusNotice({
  status,
  englishUrl,
  lang,
}: TranslationStatusNoticeProps): ReactNode {
  if (status.status === 'current') return null;
  const outdated = status.status === 'outdated';
  return (
    <div
      role="note"
      data-translation-notice={status.status}
      className={clsx(
        'alert',
        outdated ? 'alert--warning' : 'alert--info',
        'margin-bottom--md',
        styles.notice,
      )}>
      {outdated ? (
        <>
          <p>
            <OutdatedMessage status={status} lang={lang} />
          </p>
          <p>
            {/* pathname:// : another locale is another site, so a full page load without our base URL (as the locale menu does). */}
            <Link
              to={`pathname://${englishUrl}`}
              autoAddBaseUrl={false}
              hrefLang="en"
              target="_self">
              <Translate
                id="translationStatus.outdated.englishLink"
                description="Link from an outdated translation to the English original">
                Read the English original
              </Translate>
            </Link>
          </p>
        </>
      ) : (
        <p>
          <Translate
            id="translationStatus.missing"
            description="Notice on a page of a translated locale that shows the English article because it has no translation yet">
            This article has not been translated into this language yet, so it is shown in English.
          </Translate>
        </p>
      )}
    </div>
  );
}

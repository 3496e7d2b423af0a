/**
 * The line of facts under an article's title.
 *
 * In:  the article's ArticleMeta (./useArticleMeta.ts) and the page's
 *      locale.
 * Out: a `<dl>` with the last-updated date written for the page's locale
 *      ("6 Ağustos 2021", never moved by the reader's time zone), the kind
 *      of article, the service, the audience and the contributor, each
 *      only when known; then what the page says about its translation
 *      (../TranslationNotice: outdated, missing, machine or human).
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {articleDateText, type ArticleMeta as Meta} from '@site/src/msdocs/articleMeta';
import TranslationNotice from '@site/src/components/TranslationNotice';
import {audienceLabel, serviceLabel, topicLabel} from './labels';
import styles from './styles.module.css';

function Fact({label, children}: {label: ReactNode; children: ReactNode}): ReactNode {
  return (
    <div className={styles.fact}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default function ArticleMeta({meta}: {meta: Meta}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const htmlLang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  const service = meta.service ? serviceLabel(meta.service) : undefined;
  const subservice = meta.subservice ? serviceLabel(meta.subservice) : undefined;

  return (
    <div className={styles.meta}>
      <dl className={styles.facts}>
        {meta.updated && (
          <Fact
            label={
              <Translate
                id="articleMeta.updated"
                description="Label before the article's last-updated date">
                Updated
              </Translate>
            }>
            <time dateTime={meta.updated}>
              {articleDateText(meta.updated, meta.dates, htmlLang)}
            </time>
          </Fact>
        )}
        {meta.topic && (
          <Fact
            label={
              <Translate
                id="articleMeta.topic"
                description="Label before the kind of article (ms.topic)">
                Type
              </Translate>
            }>
            {topicLabel(meta.topic)}
          </Fact>
        )}
        {service && (
          <Fact
            label={
              <Translate
                id="articleMeta.service"
                description="Label before the Microsoft service the article is about">
                Service
              </Translate>
            }>
            {subservice && subservice !== service ? `${service} › ${subservice}` : service}
          </Fact>
        )}
        {meta.audience && (
          <Fact
            label={
              <Translate
                id="articleMeta.audience"
                description="Label before who the article is written for">
                Audience
              </Translate>
            }>
            {audienceLabel(meta.audience)}
          </Fact>
        )}
        {meta.contributors.length > 0 && (
          <Fact
            label={
              <Translate
                id="articleMeta.contributor"
                description="Label before the article's author">
                Contributor
              </Translate>
            }>
            {meta.contributors.map((c, i) => (
              <React.Fragment key={c.name}>
                {i > 0 && ', '}
                {c.github ? <Link href={`https://github.com/${c.github}`}>{c.name}</Link> : c.name}
              </React.Fragment>
            ))}
          </Fact>
        )}
      </dl>
      <TranslationNotice />
    </div>
  );
}

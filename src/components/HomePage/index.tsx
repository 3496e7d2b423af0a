import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {PagePreview} from '@site/src/components/LinkPreview';
import type {HomeData} from '../../plugins/home-articles';
import styles from './styles.module.css';

interface Props {
  data: HomeData;
}

// The home page of a locale: what the site is, and every article of the
// current version. Route added by src/plugins/home-articles.
export default function HomePage({data}: Props): ReactNode {
  const title = translate({
    id: 'home.title',
    message: 'Microsoft 365 licensing guidance',
    description: 'Main heading of the home page',
  });
  const description = translate({
    id: 'home.metaDescription',
    message: 'Guidance on Microsoft 365 licensing, in English and Turkish.',
    description: 'Meta description of the home page',
  });
  return (
    <Layout title={title} description={description}>
      {/* After the layout's title tags: the preview names the page, not "page | site". */}
      <PagePreview title={title} description={description} />
      <main className={styles.main}>
        <header className={styles.hero}>
          <Heading as="h1">{title}</Heading>
          <p className={styles.lead}>
            <Translate id="home.lead" description="Introductory paragraph of the home page">
              Practical answers to licensing questions about Microsoft 365, written for
              administrators and the support agents who help them. Every article is available in
              English and Turkish, and older versions stay available for links already shared.
            </Translate>
          </p>
        </header>
        <section aria-labelledby="home-articles">
          {/* A plain string child, so the heading's anchor link is labelled
              with its text, not its id ("Direct link to home-articles"). */}
          <Heading as="h2" id="home-articles">
            {translate({
              id: 'home.articles.heading',
              message: 'Articles',
              description: 'Heading above the list of articles',
            })}
          </Heading>
          <ul className={styles.list}>
            {data.articles.map((a) => (
              <li key={a.id} className={styles.card}>
                <Link to={a.permalink} className={styles.cardLink}>
                  {a.title}
                </Link>
                {a.description && <p className={styles.description}>{a.description}</p>}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </Layout>
  );
}

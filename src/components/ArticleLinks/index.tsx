/**
 * The links a support agent pastes into a ticket, shown at the top of an
 * article: its short link (always the latest version, in this language) and
 * a link to the version being read (text that won't change).
 *
 * In:  the doc being shown (front matter `support_id`, doc id, version) and
 *      the short-links plugin's `pins` (current articles whose text is the
 *      same as a snapshot's). Must be rendered inside a doc page.
 * Out: `<a data-short-link>` and `<a data-version-link>`, each with its own
 *      copy button; for the current version without an identical snapshot, a
 *      sentence saying there is no fixed link yet.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import {useDoc, useDocsVersion, useActiveDocContext} from '@docusaurus/plugin-content-docs/client';
import CopyLink from '@site/src/components/CopyLink';
import TicketButton from '@site/src/components/CopyLink/TicketButton';
import SelectionLink from '@site/src/components/SelectionLink';
import {shortIdOf} from '@site/src/links/shortId';
import type {ShortLinksGlobalData} from '@site/src/plugins/short-links';
import styles from './styles.module.css';

function usePinnedPath(): {path: string; label: string} | undefined {
  const {metadata} = useDoc();
  const version = useDocsVersion();
  const {alternateDocVersions} = useActiveDocContext(undefined);
  const {pins} = usePluginData('short-links') as ShortLinksGlobalData;
  if (!version.isLast || version.version !== 'current') {
    return {path: metadata.permalink, label: version.label};
  }
  const pinned = pins[metadata.id];
  const doc = pinned ? alternateDocVersions[pinned] : undefined;
  if (!pinned || !doc) return undefined;
  return {path: doc.path, label: pinned};
}

export default function ArticleLinks(): ReactNode {
  const {metadata, frontMatter} = useDoc();
  const {siteConfig} = useDocusaurusContext();
  const shortPath = useBaseUrl(`/go/${shortIdOf(frontMatter, metadata.id)}`);
  const pinned = usePinnedPath();

  return (
    <div
      className={styles.links}
      role="group"
      aria-label={translate({
        id: 'links.article.label',
        message: 'Links to this article',
        description: 'Accessible name of the box with the short link and the version link',
      })}>
      <p className={styles.row}>
        <span className={styles.term}>
          <Translate
            id="links.shortLink.term"
            description="Label before the short link of an article">
            Short link
          </Translate>
        </span>{' '}
        <span className={styles.value}>
          {/* Paper has no copy button: print shows the full address (data-print-href). */}
          {/* eslint-disable-next-line @docusaurus/no-html-links -- a short link is a redirect page outside the router */}
          <a
            data-short-link
            href={shortPath}
            className={styles.url}
            data-print-href={siteConfig.url + shortPath}>
            {/* The path only: the same text with or without JavaScript, on any host; the button copies the full address. */}
            {shortPath}
          </a>
          <CopyLink
            to={shortPath}
            label={translate({
              id: 'links.shortLink.copy',
              message: 'Copy short link',
              description: 'Accessible name of the button that copies the short link',
            })}
          />
        </span>
        <span className={styles.hint}>
          <Translate id="links.shortLink.hint" description="Says what a short link opens">
            latest version
          </Translate>
        </span>
      </p>
      <p className={styles.row}>
        <span className={styles.term}>
          <Translate
            id="links.versionLink.term"
            description="Label before the link to the version being read">
            Link to this version
          </Translate>
        </span>{' '}
        {pinned ? (
          <>
            <span className={styles.value}>
              <Link data-version-link to={pinned.path} className={styles.url}>
                {pinned.label}
              </Link>
              <CopyLink
                to={pinned.path}
                label={translate({
                  id: 'links.versionLink.copy',
                  message: 'Copy link to this version',
                  description: 'Accessible name of the button that copies the link to this version',
                })}
              />
            </span>
            <span className={styles.hint}>
              <Translate
                id="links.versionLink.hint"
                description="Says that a version link keeps showing the same text">
                text won't change
              </Translate>
            </span>
          </>
        ) : (
          <span className={styles.hint}>
            <Translate
              id="links.versionLink.none"
              description="Shown on the latest version when no snapshot has the same text">
              not archived yet; the text may change
            </Translate>
          </span>
        )}
      </p>
      <p className={styles.row}>
        {/* The whole page's reference; each section's is beside its heading. */}
        <TicketButton to="" labelled />
      </p>
      <SelectionLink />
    </div>
  );
}

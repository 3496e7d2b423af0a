/**
 * A docset's landing page (`### YamlMime:Landing`, src/msdocs/yaml).
 *
 * In:  <Landing> around the summary and the cards; <LandingCard title> around
 *      <LandingLinkList type> blocks, each holding a Markdown list of links
 *      (already through the site's link rules).
 * Out: the cards in a grid (one column on phones), each with its title and
 *      its link lists under a translated heading for their type ("How-to
 *      guide", "Video" ...). The root carries the class `msdocs-landing`,
 *      which tools use to tell the page kind.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export default function Landing({children}: {children?: ReactNode}): ReactNode {
  return <div className={clsx('msdocs-landing', styles.landing)}>{children}</div>;
}

/**
 * The frame every Callout type shares.
 *
 * In:  the type, its icon and title (already translated), optional id, content.
 * Out: <div role="note" data-callout="type" aria-labelledby=title> with a title
 *      line (icon hidden from assistive technology; a "Copy link" button when
 *      the callout has an id) and the content.
 *
 * role="note" because a callout is ancillary to the text around it; it is
 * not a landmark (an <aside> inside the article would add one per callout)
 * and not an alert (nothing is live). The title is a paragraph, not a
 * heading, so callouts stay out of the table of contents and the heading
 * outline, as on learn.microsoft.com.
 */
import React, {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import CopyLink from '@site/src/components/CopyLink';
import type {CalloutType} from '../calloutTypes';
import styles from './styles.module.css';

export interface CalloutLayoutProps {
  type: CalloutType;
  icon: ReactNode;
  title: ReactNode;
  id?: string;
  className?: string;
  children?: ReactNode;
}

export default function CalloutLayout({
  type,
  icon,
  title,
  id,
  className,
  children,
}: CalloutLayoutProps): ReactNode {
  const titleId = useId();
  return (
    <div
      id={id}
      role="note"
      aria-labelledby={titleId}
      data-callout={type}
      // Stable class names (theme-callout--<type>) for site CSS and print rules.
      className={clsx(
        'theme-callout',
        `theme-callout--${type}`,
        styles.callout,
        styles[type],
        className,
      )}>
      <p className={styles.title}>
        {/* The callout is named by its title only, not by the copy button beside it. */}
        <span id={titleId} className={styles.titleText}>
          <span className={styles.icon} aria-hidden="true">
            {icon}
          </span>
          {title}
        </span>
        {id ? (
          <CopyLink
            to={`#${id}`}
            title={translate({
              id: 'links.copyLink.calloutTitle',
              message: 'Copy link to this note',
              description: 'Tooltip of the copy-link button of a callout that has an id',
            })}
          />
        ) : null}
      </p>
      {children ? <div className={styles.content}>{children}</div> : null}
    </div>
  );
}

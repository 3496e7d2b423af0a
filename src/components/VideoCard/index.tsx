/**
 * A link card to a video (DocFX `> [!VIDEO url]`, see
 * src/msdocs/remark/video.ts): the site embeds no third-party player.
 *
 * In:  src, the video's https:// address.
 * Out: a card-sized link "Watch the video" with the host it opens on; it
 *      opens in a new tab (Docusaurus' Link does that for other sites, with
 *      rel="noopener noreferrer"), and says so to screen readers.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface VideoCardProps {
  src: string;
}

export default function VideoCard({src}: VideoCardProps): ReactNode {
  const host = new URL(src).host;
  return (
    <div className={styles.card} data-video={src}>
      <Link href={src} className={styles.link}>
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="11" />
          <path d="M9.5 7.5v9l7-4.5z" />
        </svg>
        <span className={styles.text}>
          <span className={styles.title}>
            <Translate
              id="msdocs.video.watch"
              description="Text of the link card that opens a video on another site">
              Watch the video
            </Translate>
          </span>
          <span className={styles.host}>
            <Translate
              id="msdocs.video.host"
              description="Second line of a video link card: the site the video opens on ({host}) and that it opens in a new tab"
              values={{host}}>
              {'On {host}, opens in a new tab'}
            </Translate>
          </span>
        </span>
      </Link>
    </div>
  );
}

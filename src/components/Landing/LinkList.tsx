/** A link list of a landing card, under a translated heading for its type (./index.tsx). */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

/** Translated heading of each `linkListType` (src/msdocs/yaml/landing.ts). */
function linkListLabel(type: string): string {
  switch (type) {
    case 'architecture':
      return translate({
        id: 'landing.linkList.architecture',
        message: 'Architecture',
        description: 'Heading of a landing page link list of type architecture',
      });
    case 'concept':
      return translate({
        id: 'landing.linkList.concept',
        message: 'Concept',
        description: 'Heading of a landing page link list of type concept',
      });
    case 'deploy':
      return translate({
        id: 'landing.linkList.deploy',
        message: 'Deploy',
        description: 'Heading of a landing page link list of type deploy',
      });
    case 'download':
      return translate({
        id: 'landing.linkList.download',
        message: 'Download',
        description: 'Heading of a landing page link list of type download',
      });
    case 'get-started':
      return translate({
        id: 'landing.linkList.getStarted',
        message: 'Get started',
        description: 'Heading of a landing page link list of type get-started',
      });
    case 'how-to-guide':
      return translate({
        id: 'landing.linkList.howToGuide',
        message: 'How-to guide',
        description: 'Heading of a landing page link list of type how-to-guide',
      });
    case 'learn':
      return translate({
        id: 'landing.linkList.learn',
        message: 'Training',
        description: 'Heading of a landing page link list of type learn (training modules)',
      });
    case 'overview':
      return translate({
        id: 'landing.linkList.overview',
        message: 'Overview',
        description: 'Heading of a landing page link list of type overview',
      });
    case 'quickstart':
      return translate({
        id: 'landing.linkList.quickstart',
        message: 'Quickstart',
        description: 'Heading of a landing page link list of type quickstart',
      });
    case 'reference':
      return translate({
        id: 'landing.linkList.reference',
        message: 'Reference',
        description: 'Heading of a landing page link list of type reference',
      });
    case 'sample':
      return translate({
        id: 'landing.linkList.sample',
        message: 'Sample',
        description: 'Heading of a landing page link list of type sample',
      });
    case 'tutorial':
      return translate({
        id: 'landing.linkList.tutorial',
        message: 'Tutorial',
        description: 'Heading of a landing page link list of type tutorial',
      });
    case 'video':
      return translate({
        id: 'landing.linkList.video',
        message: 'Video',
        description: 'Heading of a landing page link list of type video',
      });
    case 'whats-new':
      return translate({
        id: 'landing.linkList.whatsNew',
        message: "What's new",
        description: 'Heading of a landing page link list of type whats-new',
      });
    default:
      return type;
  }
}

export default function LandingLinkList({
  type,
  children,
}: {
  type: string;
  children?: ReactNode;
}): ReactNode {
  return (
    <div className={styles.linkList} data-link-list-type={type}>
      <Heading as="h3" className={styles.linkListTitle}>
        {linkListLabel(type)}
      </Heading>
      {children}
    </div>
  );
}

/**
 * The important callout (Microsoft Docs `> [!IMPORTANT]`): information the reader needs to succeed.
 * In: optional custom title, id, content. Out: CalloutLayout with its icon and translated title.
 */
import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {ReportIcon} from '@primer/octicons-react';
import CalloutLayout from '../Layout';
import type {CalloutTypeProps} from '../Types';

export default function CalloutImportant({title, ...props}: CalloutTypeProps): ReactNode {
  return (
    <CalloutLayout
      {...props}
      type="important"
      icon={<ReportIcon size={16} />}
      title={
        title ?? (
          <Translate id="callout.title.important" description="Title of an important callout">
            Important
          </Translate>
        )
      }
    />
  );
}

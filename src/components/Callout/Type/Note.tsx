/**
 * The note callout (Microsoft Docs `> [!NOTE]`): information to notice even when skimming.
 * In: optional custom title, id, content. Out: CalloutLayout with its icon and translated title.
 */
import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {InfoIcon} from '@primer/octicons-react';
import CalloutLayout from '../Layout';
import type {CalloutTypeProps} from '../Types';

export default function CalloutNote({title, ...props}: CalloutTypeProps): ReactNode {
  return (
    <CalloutLayout
      {...props}
      type="note"
      icon={<InfoIcon size={16} />}
      title={
        title ?? (
          <Translate id="callout.title.note" description="Title of a note callout">
            Note
          </Translate>
        )
      }
    />
  );
}

/**
 * The warning callout (Microsoft Docs `> [!WARNING]`): risks that need the reader's attention now.
 * In: optional custom title, id, content. Out: CalloutLayout with its icon and translated title.
 */
import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {AlertIcon} from '@primer/octicons-react';
import CalloutLayout from '../Layout';
import type {CalloutTypeProps} from '../Types';

export default function CalloutWarning({title, ...props}: CalloutTypeProps): ReactNode {
  return (
    <CalloutLayout
      {...props}
      type="warning"
      icon={<AlertIcon size={16} />}
      title={
        title ?? (
          <Translate id="callout.title.warning" description="Title of a warning callout">
            Warning
          </Translate>
        )
      }
    />
  );
}

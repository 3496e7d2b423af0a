/**
 * The tip callout (Microsoft Docs `> [!TIP]`): optional advice that helps the reader succeed.
 * In: optional custom title, id, content. Out: CalloutLayout with its icon and translated title.
 */
import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {LightBulbIcon} from '@primer/octicons-react';
import CalloutLayout from '../Layout';
import type {CalloutTypeProps} from '../Types';

export default function CalloutTip({title, ...props}: CalloutTypeProps): ReactNode {
  return (
    <CalloutLayout
      {...props}
      type="tip"
      icon={<LightBulbIcon size={16} />}
      title={
        title ?? (
          <Translate id="callout.title.tip" description="Title of a tip callout">
            Tip
          </Translate>
        )
      }
    />
  );
}

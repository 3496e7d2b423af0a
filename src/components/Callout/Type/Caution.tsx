/**
 * The caution callout (Microsoft Docs `> [!CAUTION]`): negative consequences of an action.
 * In: optional custom title, id, content. Out: CalloutLayout with its icon and translated title.
 */
import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {StopIcon} from '@primer/octicons-react';
import CalloutLayout from '../Layout';
import type {CalloutTypeProps} from '../Types';

export default function CalloutCaution({title, ...props}: CalloutTypeProps): ReactNode {
  return (
    <CalloutLayout
      {...props}
      type="caution"
      icon={<StopIcon size={16} />}
      title={
        title ?? (
          <Translate id="callout.title.caution" description="Title of a caution callout">
            Caution
          </Translate>
        )
      }
    />
  );
}

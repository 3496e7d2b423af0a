import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';

// Minimal Callout: the five Microsoft Docs alert types. The full component
// (icons, styles, types map) replaces this body; the props stay.
export type CalloutType = 'note' | 'tip' | 'important' | 'caution' | 'warning';

export interface CalloutProps {
  type: CalloutType;
  /** Replaces the translated type title. */
  title?: ReactNode;
  id?: string;
  children?: ReactNode;
}

function DefaultTitle({type}: {type: CalloutType}): ReactNode {
  switch (type) {
    case 'note':
      return <Translate id="callout.title.note" description="Title of a note callout">Note</Translate>;
    case 'tip':
      return <Translate id="callout.title.tip" description="Title of a tip callout">Tip</Translate>;
    case 'important':
      return <Translate id="callout.title.important" description="Title of an important callout">Important</Translate>;
    case 'caution':
      return <Translate id="callout.title.caution" description="Title of a caution callout">Caution</Translate>;
    case 'warning':
      return <Translate id="callout.title.warning" description="Title of a warning callout">Warning</Translate>;
  }
}

export default function Callout({type, title, id, children}: CalloutProps): ReactNode {
  return (
    <aside data-callout={type} id={id} className={`alert alert--${type === 'note' ? 'secondary' : type === 'tip' ? 'success' : type === 'important' ? 'info' : 'warning'}`}>
      <p><strong>{title ?? <DefaultTitle type={type} />}</strong></p>
      {children}
    </aside>
  );
}

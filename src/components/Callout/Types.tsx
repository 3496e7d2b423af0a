/**
 * Map from callout type to the component that renders it, one part per type
 * (like Docusaurus' Admonition/Types). A new type is a new file here and a new
 * entry in calloutTypes.ts.
 */
import type {ComponentType, ReactNode} from 'react';
import type {CalloutType} from './calloutTypes';
import CalloutNote from './Type/Note';
import CalloutTip from './Type/Tip';
import CalloutImportant from './Type/Important';
import CalloutCaution from './Type/Caution';
import CalloutWarning from './Type/Warning';

export interface CalloutTypeProps {
  /** Replaces the translated type title. */
  title?: ReactNode;
  id?: string;
  className?: string;
  children?: ReactNode;
}

const CalloutTypes: Record<CalloutType, ComponentType<CalloutTypeProps>> = {
  note: CalloutNote,
  tip: CalloutTip,
  important: CalloutImportant,
  caution: CalloutCaution,
  warning: CalloutWarning,
};

export default CalloutTypes;

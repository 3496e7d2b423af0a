/**
 * <Callout type="important">...</Callout>: a Microsoft Docs alert.
 *
 * In:  type (note | tip | important | caution | warning; case-insensitive),
 *      optional title (replaces the translated one), id, content.
 * Out: the type's component from Types.tsx (icon, translated title, Layout).
 *
 * One component for MDX authors and for the alerts remark plugin, which turns
 * `> [!NOTE]` into `<Callout type="note">`. An unknown type never hides the
 * text: it is shown as a note, with a warning in the build log (Docusaurus'
 * Admonition falls back the same way).
 */
import React, {type ReactNode} from 'react';
import CalloutTypes, {type CalloutTypeProps} from './Types';
import {calloutTypeFromKeyword, type CalloutType} from './calloutTypes';

export {CALLOUT_TYPES, isCalloutType, type CalloutType} from './calloutTypes';

export interface CalloutProps extends CalloutTypeProps {
  type: CalloutType;
}

export default function Callout({type, ...props}: CalloutProps): ReactNode {
  const known = calloutTypeFromKeyword(String(type));
  if (!known) {
    console.warn(
      `<Callout>: unknown type "${String(type)}"; expected one of note, tip, important, caution, warning. Shown as a note.`,
    );
  }
  const Type = CalloutTypes[known ?? 'note'];
  return <Type {...props} />;
}

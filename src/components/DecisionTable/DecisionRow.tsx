/**
 * <DecisionRow>: one situation of a <DecisionTable> and what to do in it.
 *
 * In (MDX):
 *   <DecisionRow id="keep-source-tenant" situation="You keep the tenant" answer="Yes">
 *
 *   What to do, in Markdown: steps and [links](/microsoft-365/...).
 *
 *   </DecisionRow>
 * Out: nothing by itself. DecisionTable reads its props and renders the row,
 * so the "what to do" text stays Markdown: its links go through the
 * Microsoft Docs links plugin (local route or learn.microsoft.com in the
 * page's language) and through Docusaurus' broken-link check.
 */
import type {ReactNode} from 'react';
import {DecisionTableError} from './rows';

export interface DecisionRowProps {
  /** Anchor of the row (`#keep-source-tenant`): lowercase words and hyphens, the same in every language. */
  id: string;
  /** The situation: the row's header. */
  situation: string;
  /** The chooser's answer that leads to this row; give it on every row of the table or on none. */
  answer?: string;
  /** A caveat shown under what to do. */
  note?: ReactNode;
  /** What to do, with its links. */
  children?: ReactNode;
}

export default function DecisionRow({id}: DecisionRowProps): ReactNode {
  throw new DecisionTableError(
    `<DecisionRow id="${id}"> is outside a <DecisionTable>; expected it as a direct child of one.`,
  );
}

/**
 * <DecisionTable question="...">: situations, and what to do in each.
 *
 * In (MDX):
 *   <DecisionTable question="Will you keep using the source tenant?">
 *     <DecisionRow id="keep-source-tenant" situation="..." answer="Yes" note="...">
 *
 *     What to do (Markdown, links included).
 *
 *     </DecisionRow>
 *     ...
 *   </DecisionTable>
 * Out: a real <table data-decision-table> (caption = the question, column
 *      headers with scope, one <tr id> per row, ids the same in every locale),
 *      preceded, when every row has an answer, by a chooser that highlights
 *      the matching row and puts its #id in the address (replacing the
 *      history entry, so a support agent can copy the address as it is).
 *
 * Without JavaScript every row is there and readable; a link to #row-id
 * highlights the row with :target. On a phone each row is a card, while the
 * explicit table roles keep it a table for assistive technology. Print shows
 * every row.
 */
import React, {
  Children,
  isValidElement,
  useEffect,
  useRef,
  type ReactElement,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistory, useLocation} from '@docusaurus/router';
import Callout from '@site/src/components/Callout';
import CopyLink from '@site/src/components/CopyLink';
import DecisionRow, {type DecisionRowProps} from './DecisionRow';
import Chooser from './Chooser';
import {checkRows, idFromHash, DecisionTableError} from './rows';
import styles from './styles.module.css';

export {DecisionRow, type DecisionRowProps};

export interface DecisionTableProps {
  /** The question the table answers: its caption, and the chooser's legend. */
  question: string;
  /** Id of the table's wrapper, for links to the whole table. */
  id?: string;
  /** <DecisionRow> elements, one per situation. */
  children?: ReactNode;
}

interface Row extends DecisionRowProps {
  content: ReactNode;
}

/** The <DecisionRow> children, checked; MDX's whitespace between them is ignored. */
function readRows(question: string, children: ReactNode): Row[] {
  const elements: ReactElement<DecisionRowProps>[] = [];
  Children.toArray(children).forEach((child) => {
    if (typeof child === 'string' && child.trim() === '') return;
    if (isValidElement<DecisionRowProps>(child) && child.type === DecisionRow) {
      elements.push(child);
      return;
    }
    const what = isValidElement(child)
      ? `<${typeof child.type === 'string' ? child.type : 'component'}>`
      : JSON.stringify(child);
    throw new DecisionTableError(
      `DecisionTable "${question}": found ${what} among its rows; expected only <DecisionRow> elements.`,
    );
  });
  const checked = checkRows(
    question,
    elements.map((element) => element.props as unknown as Record<string, unknown>),
  );
  return checked.map((row, index) => ({
    ...row,
    note: elements[index]!.props.note,
    content: elements[index]!.props.children,
  }));
}

export default function DecisionTable({question, id, children}: DecisionTableProps): ReactNode {
  const rows = readRows(question, children);
  const brokenLinks = useBrokenLinks();
  // Links to #row-id (from this page or another) pass onBrokenAnchors.
  rows.forEach((row) => brokenLinks.collectAnchor(row.id));

  const isBrowser = useIsBrowser();
  const history = useHistory();
  const location = useLocation();
  // The address is the state: the row named by #id is the chosen one. Only
  // after hydration, so the first client render matches the server's.
  const hashId = idFromHash(location.hash);
  const selected = isBrowser && rows.some((row) => row.id === hashId) ? hashId : undefined;
  const hasChooser = rows.every((row) => row.answer !== undefined);

  const keepScroll = useRef<{x: number; y: number} | null>(null);
  const rowElements = useRef(new Map<string, HTMLTableRowElement>());

  const choose = (rowId: string): void => {
    keepScroll.current = {x: window.scrollX, y: window.scrollY};
    // Through the router, not window.history, so the rest of the page (the
    // language menu's links) sees the new #id; replace, so Back leaves the page.
    history.replace(
      {pathname: location.pathname, search: location.search, hash: `#${rowId}`},
      location.state,
    );
  };

  useEffect(() => {
    const kept = keepScroll.current;
    if (!kept || !selected) return;
    keepScroll.current = null;
    // Docusaurus scrolls to the new #id after a navigation; answering is not
    // navigating, so go back to where the reader was, then bring the row into
    // view only as far as needed.
    window.scrollTo(kept.x, kept.y);
    rowElements.current.get(selected)?.scrollIntoView({block: 'nearest'});
  }, [selected]);

  return (
    <div
      id={id}
      className={clsx('theme-decision-table', styles.decisionTable)}
      data-interactive={isBrowser || undefined}>
      {hasChooser ? (
        <Chooser
          question={question}
          options={rows.map((row) => ({
            rowId: row.id,
            answer: row.answer!,
            situation: row.situation,
          }))}
          selected={selected}
          onChoose={choose}
        />
      ) : null}
      {/* Explicit roles: the phone layout changes the cells' display, which
          makes some browsers drop table semantics. */}
      <table
        role="table"
        data-decision-table
        className={clsx(styles.table, hasChooser && styles.withChooser)}>
        <caption className={styles.caption}>{question}</caption>
        <thead role="rowgroup" className={styles.head}>
          <tr role="row">
            <th role="columnheader" scope="col" className={styles.columnHeader}>
              <Translate
                id="decisionTable.header.situation"
                description="Column header of a decision table: the reader's situation">
                Situation
              </Translate>
            </th>
            <th role="columnheader" scope="col" className={styles.columnHeader}>
              <Translate
                id="decisionTable.header.action"
                description="Column header of a decision table: what to do in that situation">
                What to do
              </Translate>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr
              key={row.id}
              id={row.id}
              role="row"
              ref={(element) => {
                if (element) rowElements.current.set(row.id, element);
                else rowElements.current.delete(row.id);
              }}
              className={styles.row}
              data-selected={row.id === selected || undefined}
              aria-current={row.id === selected ? 'true' : undefined}>
              <th role="rowheader" scope="row" className={styles.situation}>
                <span className={styles.situationText}>{row.situation}</span>
                {/* Row tools: per-row controls (the row's "Copy link", the marker below). */}
                <span className={styles.rowTools} data-row-tools>
                  <CopyLink
                    to={`#${row.id}`}
                    ticket
                    title={translate({
                      id: 'links.copyLink.rowTitle',
                      message: 'Copy link to this row',
                      description: 'Tooltip of the copy-link button of a decision-table row',
                    })}
                  />
                  <span className={styles.match}>
                    <Translate
                      id="decisionTable.row.match"
                      description="Badge on the decision table row that matches the reader's answer or the address's #id">
                      Your situation
                    </Translate>
                  </span>
                </span>
              </th>
              <td role="cell" className={styles.action}>
                <span className={styles.cellLabel} aria-hidden="true">
                  <Translate
                    id="decisionTable.header.action"
                    description="Column header of a decision table: what to do in that situation">
                    What to do
                  </Translate>
                </span>
                <div className={styles.actionContent}>{row.content}</div>
                {row.note ? (
                  <Callout type="note" className={styles.note}>
                    {row.note}
                  </Callout>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The chooser above a decision table: the question as a radio group, one
 * answer per row.
 *
 * In:  the question, the rows' answers, the selected row id, onChoose.
 * Out: <fieldset data-chooser> with native radios (arrow keys, Space, and a
 *      screen reader's "1 of 2, checked" come for free) and a polite status
 *      line naming the highlighted row.
 *
 * It needs JavaScript: the CSS hides it when scripting is off (all rows are
 * then plain to read) and in print.
 */
import React, {useId, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface ChooserOption {
  rowId: string;
  answer: string;
  situation: string;
}

interface ChooserProps {
  question: string;
  options: ChooserOption[];
  selected?: string;
  onChoose: (rowId: string) => void;
}

export default function Chooser({question, options, selected, onChoose}: ChooserProps): ReactNode {
  const name = useId();
  const chosen = options.find((option) => option.rowId === selected);
  return (
    // data-js-only: hidden without JavaScript on purpose (see the CSS), and
    // so left out of the crawl's same-text-without-JavaScript check.
    <fieldset className={styles.chooser} data-chooser data-js-only>
      <legend className={styles.question}>{question}</legend>
      <div className={styles.answers}>
        {options.map((option) => (
          <label key={option.rowId} className={styles.answer}>
            <input
              type="radio"
              name={name}
              value={option.rowId}
              checked={option.rowId === selected}
              onChange={() => onChoose(option.rowId)}
            />
            <span>{option.answer}</span>
          </label>
        ))}
      </div>
      <p role="status" className={styles.status}>
        {chosen ? (
          <Translate
            id="decisionTable.chooser.status"
            description="Line under a decision table's chooser, naming the table row that matches the reader's answer"
            values={{situation: <strong>{chosen.situation}</strong>}}>
            {'Highlighted in the table: {situation}'}
          </Translate>
        ) : (
          <Translate
            id="decisionTable.chooser.hint"
            description="Line under a decision table's chooser before the reader has answered">
            Choose an answer to highlight what to do.
          </Translate>
        )}
      </p>
    </fieldset>
  );
}

/**
 * The rows of a decision table, checked.
 *
 * In:  the table's question and each row's props as an author wrote them
 *      (MDX attributes: strings, or anything a mistake can produce).
 * Out: typed rows, or a DecisionTableError saying which table, which row,
 *      which field and what was expected. Thrown during server rendering, so
 *      a bad table fails the build on the page that has it.
 *
 * Plain TypeScript without React, unit-tested on its own.
 */

/** Locale-independent anchor: lowercase ASCII words joined by hyphens. */
export const ROW_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface DecisionRowFields {
  /** Anchor of the row (`#keep-source-tenant`), the same in every language. */
  id: string;
  /** The situation this row is about; the row's header. */
  situation: string;
  /** The answer to the table's question that leads to this row, for the chooser. */
  answer?: string;
  /** Extra caveat shown under what to do, as a note. */
  note?: unknown;
}

export class DecisionTableError extends Error {
  override name = 'DecisionTableError';
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Checks the rows of the table asking `question`. Every row needs an id and a
 * situation; answers are all-or-nothing, because a chooser that leaves a row
 * out would send some readers nowhere.
 */
export function checkRows(
  question: unknown,
  rows: ReadonlyArray<Record<string, unknown>>,
): DecisionRowFields[] {
  const table = nonEmptyString(question) ? `DecisionTable "${question}"` : 'DecisionTable';
  if (!nonEmptyString(question)) {
    throw new DecisionTableError(
      `${table}: "question" is missing; expected the question the table answers (its caption).`,
    );
  }
  if (rows.length === 0) {
    throw new DecisionTableError(`${table}: no rows; expected one <DecisionRow> per situation.`);
  }
  const seen = new Set<string>();
  const checked = rows.map((row, index) => {
    const where = `${table}, row ${index + 1}`;
    const {id, situation, answer, note} = row;
    if (!nonEmptyString(id) || !ROW_ID_PATTERN.test(id)) {
      throw new DecisionTableError(
        `${where}: "id" is ${JSON.stringify(id)}; expected lowercase words joined by hyphens (like keep-source-tenant), the same in every language.`,
      );
    }
    if (seen.has(id)) {
      throw new DecisionTableError(
        `${where}: "id" "${id}" is used by an earlier row; expected each row to have its own id.`,
      );
    }
    seen.add(id);
    if (!nonEmptyString(situation)) {
      throw new DecisionTableError(
        `${where} (${id}): "situation" is missing; expected the text of the row's header.`,
      );
    }
    if (answer !== undefined && !nonEmptyString(answer)) {
      throw new DecisionTableError(
        `${where} (${id}): "answer" is empty; expected the answer that leads to this row, or no answer attribute.`,
      );
    }
    return {id, situation, answer: answer as string | undefined, note};
  });
  const answered = checked.filter((row) => row.answer !== undefined);
  if (answered.length > 0 && answered.length < checked.length) {
    const missing = checked.filter((row) => row.answer === undefined).map((row) => row.id);
    throw new DecisionTableError(
      `${table}: rows ${missing.join(', ')} have no "answer"; expected an answer on every row (for the chooser) or on none.`,
    );
  }
  return checked;
}

/** `#keep-source-tenant` -> `keep-source-tenant`; `''` -> `''`. */
export function idFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

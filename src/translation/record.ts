/**
 * Our translation record: the front matter keys a translation carries to
 * say which English revision it translates, and when.
 *
 *   translation.sourcehash: <sha256 of the English source, see hash.ts>
 *   translation.date: 2021-08-06      (when the translation was last made or
 *                                      brought up to date)
 *   translation.sections: _intro:1a2b3c4d choose-what-to-do:5e6f7a8b ...
 *                                     (a short hash of each English section,
 *                                      hash.ts: which sections changed since)
 *
 * The `translation.` prefix is ours: Microsoft keeps its localisation
 * metadata under `ms.` (`ms.sourcegitcommit`, `ms.openlocfilehash`,
 * `ms.lasthandoff`, `ms.translationtype`), which stays untouched as
 * provenance. `translation.status` is reserved: the build computes it (page.ts).
 *
 * In:  a parsed front matter object (reading) or a file's text (writing).
 * Out: a validated record, or the file's text with only our two lines
 *      changed; bad values throw a TranslationRecordError naming the file,
 *      the key and what was expected.
 */
import {SOURCE_HASH_PATTERN} from './hash';
import {KEY_STATUS, type TranslationType} from './page';

export const KEY_SOURCE_HASH = 'translation.sourcehash';
export const KEY_DATE = 'translation.date';
export const KEY_SECTIONS = 'translation.sections';
const KNOWN_KEYS = new Set([KEY_SOURCE_HASH, KEY_DATE, KEY_SECTIONS]);
const SECTION_ENTRY = /^([^\s:]+):([0-9a-f]{8})$/;

/** `{id: hash}` as the one-line value of KEY_SECTIONS. */
export function formatSections(sections: Record<string, string>): string {
  return Object.entries(sections)
    .map(([id, hash]) => `${id}:${hash}`)
    .join(' ');
}

export interface TranslationRecord {
  /** Hash of the English source this translation was made from, if recorded. */
  sourceHash?: string;
  /** When the translation was made (ISO `YYYY-MM-DD`): ours, else Microsoft's hand-off date. */
  date?: string;
  /** `ms.translationtype: MT` is machine translation; anything else a person's. */
  type: TranslationType;
  /** Short hash of each English section when the translation was recorded. */
  sections?: Record<string, string>;
}

export class TranslationRecordError extends Error {
  constructor(
    readonly file: string,
    /** The front matter key at fault; undefined when the file itself is. */
    readonly key: string | undefined,
    readonly expected: string,
    readonly got: unknown,
  ) {
    super(
      `${file}: ${key ? `front matter "${key}": ` : ''}expected ${expected}, got ${describe(got)}`,
    );
    this.name = 'TranslationRecordError';
  }
}

function describe(value: unknown): string {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  return JSON.stringify(value) ?? String(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/; // Microsoft's ms.lasthandoff: MM/DD/YYYY

function validDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` (YAML may already have made it a Date) -> ISO date, else undefined. */
export function parseIsoDate(value: unknown): string | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value.trim());
  return m ? validDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Microsoft's `MM/DD/YYYY` (or ISO) -> ISO date, else undefined. */
export function parseHandoffDate(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const m = US_DATE.exec(value.trim());
    if (m) return validDate(Number(m[3]), Number(m[1]), Number(m[2]));
  }
  return parseIsoDate(value);
}

/**
 * Reads and validates the record of a translation file.
 * `file` is only used in error messages.
 */
export function readRecord(frontMatter: Record<string, unknown>, file: string): TranslationRecord {
  for (const key of Object.keys(frontMatter)) {
    if (key === KEY_STATUS) {
      throw new TranslationRecordError(
        file,
        key,
        'no such key (the build computes the status; remove it)',
        frontMatter[key],
      );
    }
    if (key.startsWith('translation.') && !KNOWN_KEYS.has(key)) {
      throw new TranslationRecordError(file, key, `one of ${[...KNOWN_KEYS].join(', ')}`, key);
    }
  }

  const record: TranslationRecord = {
    type:
      String(frontMatter['ms.translationtype'] ?? '')
        .trim()
        .toUpperCase() === 'MT'
        ? 'machine'
        : 'human',
  };

  const hash = frontMatter[KEY_SOURCE_HASH];
  if (hash !== undefined) {
    if (typeof hash !== 'string' || !SOURCE_HASH_PATTERN.test(hash)) {
      throw new TranslationRecordError(
        file,
        KEY_SOURCE_HASH,
        'the 64-character lowercase hex hash written by `npm run i18n:mark`',
        hash,
      );
    }
    record.sourceHash = hash;
  }

  const sections = frontMatter[KEY_SECTIONS];
  if (sections !== undefined) {
    const entries = typeof sections === 'string' ? sections.trim().split(/\s+/) : [];
    const parsed = entries.map((e) => SECTION_ENTRY.exec(e));
    if (typeof sections !== 'string' || parsed.some((m) => !m)) {
      throw new TranslationRecordError(
        file,
        KEY_SECTIONS,
        'the `id:hash` list written by `npm run i18n:mark`',
        sections,
      );
    }
    record.sections = Object.fromEntries(parsed.map((m) => [m![1]!, m![2]!]));
  }

  const ours = frontMatter[KEY_DATE];
  if (ours !== undefined) {
    const date = parseIsoDate(ours);
    if (!date) throw new TranslationRecordError(file, KEY_DATE, 'a date written YYYY-MM-DD', ours);
    record.date = date;
  } else if (frontMatter['ms.lasthandoff'] !== undefined && frontMatter['ms.lasthandoff'] !== '') {
    const handoff = parseHandoffDate(frontMatter['ms.lasthandoff']);
    if (!handoff)
      throw new TranslationRecordError(
        file,
        'ms.lasthandoff',
        'a date written MM/DD/YYYY',
        frontMatter['ms.lasthandoff'],
      );
    record.date = handoff;
  }
  return record;
}

/** English sources carry no record: a `translation.*` key there is a mistake. */
export function assertNoRecord(frontMatter: Record<string, unknown>, file: string): void {
  const key = Object.keys(frontMatter).find((k) => k.startsWith('translation.'));
  if (key) {
    throw new TranslationRecordError(
      file,
      key,
      'no translation.* key in an English source (it belongs in the translation)',
      frontMatter[key],
    );
  }
}

const FENCE = /^---[ \t]*$/;

/**
 * Writes `translation.sourcehash`, `translation.date` (and
 * `translation.sections` when given) into a file's front
 * matter and changes nothing else: an existing line of ours is replaced in
 * place, a missing one is appended at the end of the front matter, line
 * endings are kept, and a file without front matter gets a block of its own.
 */
export function writeRecord(
  fileContent: string,
  record: {sourceHash: string; date: string; sections?: Record<string, string>},
): string {
  if (!SOURCE_HASH_PATTERN.test(record.sourceHash))
    throw new Error(`not a source hash: ${record.sourceHash}`);
  if (parseIsoDate(record.date) !== record.date)
    throw new Error(`not a YYYY-MM-DD date: ${record.date}`);
  const eol = fileContent.includes('\r\n') ? '\r\n' : '\n';
  const bom = fileContent.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = fileContent.slice(bom.length).split(eol);
  const values: [string, string][] = [
    [KEY_SOURCE_HASH, record.sourceHash],
    [KEY_DATE, record.date],
    ...(record.sections
      ? [[KEY_SECTIONS, formatSections(record.sections)] as [string, string]]
      : []),
  ];

  const close = FENCE.test(lines[0] ?? '') ? lines.findIndex((l, i) => i > 0 && FENCE.test(l)) : -1;
  if (close === -1) {
    const block = ['---', ...values.map(([k, v]) => `${k}: ${v}`), '---'];
    return bom + [...block, ...lines].join(eol);
  }

  const head = lines.slice(1, close);
  for (const [key, value] of values) {
    const at = head.findIndex((l) => l.startsWith(`${key}:`));
    if (at === -1) {
      head.push(`${key}: ${value}`);
      continue;
    }
    // Drop continuation lines of a value someone wrapped by hand.
    let end = at + 1;
    while (end < head.length && /^[ \t]/.test(head[end] ?? '')) end += 1;
    head.splice(at, end - at, `${key}: ${value}`);
  }
  return bom + [lines[0], ...head, ...lines.slice(close)].join(eol);
}

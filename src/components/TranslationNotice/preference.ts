/**
 * The reader's choices about English originals, kept in the browser: read
 * them instead of machine translations, or show them beside translations
 * (src/components/SideBySide).
 *
 * In:  the browser's storage (localStorage for the lasting choice,
 *      sessionStorage for this visit's details).
 * Out: read/write helpers. Storage can be missing or refuse writes (private
 *      windows, blocked cookies): then nothing is remembered and nothing
 *      breaks.
 */

/** localStorage: set when the reader chose English originals of machine-translated pages. */
export const ORIGINALS_KEY = 'msdocs.machineTranslation.readOriginal';
/** localStorage: set while the reader wants the English original beside translations. */
export const SIDE_BY_SIDE_KEY = 'msdocs.translation.sideBySide';
/** sessionStorage: a machine-translated page the reader opened anyway this visit. */
const READ_ANYWAY_KEY = 'msdocs.machineTranslation.readAnyway';
/** sessionStorage: the English page we sent the reader to, and the page they came from. */
const SENT_KEY = 'msdocs.machineTranslation.sent';

export interface SentFrom {
  /** Path of the English page the reader was sent to. */
  original: string;
  /** Path of the machine-translated page they came from. */
  translation: string;
  /** Locale of that translation (`tr`). */
  locale: string;
}

function storage(kind: 'local' | 'session'): Storage | undefined {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}

function read(kind: 'local' | 'session', key: string): string | null {
  try {
    return storage(kind)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(kind: 'local' | 'session', key: string, value: string | null): void {
  try {
    if (value === null) storage(kind)?.removeItem(key);
    else storage(kind)?.setItem(key, value);
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}

export const prefersOriginals = (): boolean => read('local', ORIGINALS_KEY) === 'true';

export function setPrefersOriginals(on: boolean): void {
  write('local', ORIGINALS_KEY, on ? 'true' : null);
}

export const readsAnyway = (path: string): boolean => read('session', READ_ANYWAY_KEY) === path;

export function setReadAnyway(path: string): void {
  write('session', READ_ANYWAY_KEY, path);
}

export function rememberSent(sent: SentFrom): void {
  write('session', SENT_KEY, JSON.stringify(sent));
}

/** Where the reader was sent from, if they were sent to `originalPath`. */
export function sentTo(originalPath: string): SentFrom | undefined {
  const value = read('session', SENT_KEY);
  if (!value) return undefined;
  try {
    const sent = JSON.parse(value) as SentFrom;
    return sent.original === originalPath ? sent : undefined;
  } catch {
    return undefined;
  }
}

export const prefersSideBySide = (): boolean => read('local', SIDE_BY_SIDE_KEY) === 'true';

export function setPrefersSideBySide(on: boolean): void {
  write('local', SIDE_BY_SIDE_KEY, on ? 'true' : null);
}

/**
 * Turkish word analysis for the search index: pure string functions, no lunr.
 *
 * In: one word as it appears in a page (index time) or as a reader typed it
 * (query time). Out: the terms stored in the index, or the one term looked up.
 *
 *   indexTerms('lisansları') -> ['lisanslari', 'lisans']         (word, stems)
 *   indexTerms('kiracılar')  -> ['kiracilar', 'kiraci', 'kirac', ...]
 *   queryTerm('kiracı')      -> 'kirac'     (one stemming round: kiracı -> kiraç)
 *   queryTerm('i̇ptal')       -> 'iptal'     ("İPTAL" after JavaScript's toLowerCase)
 *   queryTerm('lisansl*')    -> 'lisansl*'  (a word still being typed: prefix)
 *
 * Why each step:
 * - Case: JavaScript's toLowerCase() maps "İ" to "i" + U+0307 (combining dot)
 *   and "I" to "i"; Turkish maps them to "i" and "ı". Page text is lowercased
 *   the Turkish way; a query arrives already lowercased by the search library,
 *   so the stray combining dot is removed there.
 * - Stemming: the Snowball Turkish stemmer (lunr-languages) removes one layer
 *   of suffixes per call: "kiracılar" -> "kiracı" -> "kiraç", but "kiracı" ->
 *   "kiraç" at once. A page word is stored with every stem of that chain, a
 *   query word is stemmed once, so each inflected form finds the others
 *   without collapsing every word to its shortest (often wrong) stem.
 *   Stems shorter than three letters ("ar" from "arasında") are not used.
 *   The stemmer misses some forms ("kutusu" -> "kutus", not "kutu"); the
 *   search library's one-letter fuzzy matching covers those in the browser.
 * - Folding, after stemming (the stemmer needs the real letters for vowel
 *   harmony): Turkish letters match their ASCII look-alikes (ı/i, ş/s, ç/c,
 *   ğ/g, ö/o, ü/u, â/a, î/i, û/u), so "KIRACI" typed on any keyboard, which the
 *   browser lowercases to "kiraci", finds "kiracı", and English words in a
 *   Turkish page ("Intune", lowercased "ıntune") find "intune".
 * - The whole word is stored too, so a word being typed matches by prefix.
 */

const COMBINING_DOT_ABOVE = /\u0307/g;
const TURKISH_TO_ASCII: Record<string, string> = {
  ı: 'i',
  ş: 's',
  ç: 'c',
  ğ: 'g',
  ö: 'o',
  ü: 'u',
  â: 'a',
  î: 'i',
  û: 'u',
};
const FOLDABLE = /[ışçğöüâîû]/g;
// Letters and digits of any script; everything else at a word's ends is punctuation.
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
// Turkish stacks a handful of suffixes (kira-cı-lar-ımız-da); the stemmer
// removes one group per call.
const MAX_STEM_ROUNDS = 4;
const MIN_STEM_LENGTH = 3;

/** Lowercase the Turkish way: "İ" -> "i", "I" -> "ı". Keeps the string's length. */
export function turkishLowerCase(text: string): string {
  return text.toLocaleLowerCase('tr');
}

/** Fold a lowercase Turkish word to ASCII look-alikes and drop combining dots. */
export function foldTurkish(word: string): string {
  return word.replace(COMBINING_DOT_ABOVE, '').replace(FOLDABLE, (c) => TURKISH_TO_ASCII[c] ?? c);
}

/** Strip punctuation from both ends of a word ("(kiracı)," -> "kiracı"). */
export function trimPunctuation(word: string): string {
  return word.replace(EDGE_PUNCTUATION, '');
}

export interface TurkishAnalyzerOptions {
  /** One round of a Turkish stemmer (lunr-languages' Snowball port in the site). */
  stem: (word: string) => string;
  /** Words not worth storing ("ve", "bir"...): lunr-languages' Turkish list. */
  isStopWord?: (word: string) => boolean;
}

export interface TurkishAnalyzer {
  /** Terms to store for a word of page text (already lowercased the Turkish way). */
  indexTerms(word: string): string[];
  /**
   * The term to look up for a query word (lowercased by the browser). A `*` at
   * either end (the library's prefix/suffix search) is kept and the word is
   * then matched unstemmed, against the whole words in the index.
   */
  queryTerm(word: string): string;
}

export function createTurkishAnalyzer({
  stem,
  isStopWord = () => false,
}: TurkishAnalyzerOptions): TurkishAnalyzer {
  // A site's text repeats its words: each is stemmed once (the index build
  // stems every word of every page; this halves the Turkish index time).
  const chains = new Map<string, string[]>();

  /** Successive stems of a word, longest first, without the word itself. */
  function stemChain(word: string): string[] {
    let chain = chains.get(word);
    if (!chain) {
      chain = computeStemChain(word);
      chains.set(word, chain);
    }
    return chain;
  }

  function computeStemChain(word: string): string[] {
    const chain: string[] = [];
    let current = word;
    for (let round = 0; round < MAX_STEM_ROUNDS; round++) {
      const next = stem(current);
      if (next === current || next.length < MIN_STEM_LENGTH) break;
      chain.push(next);
      current = next;
    }
    return chain;
  }

  return {
    indexTerms(word) {
      const clean = trimPunctuation(word.replace(COMBINING_DOT_ABOVE, ''));
      if (clean === '' || isStopWord(clean)) return [];
      const folded = foldTurkish(clean);
      // Stems of the folded word too: a query typed without Turkish letters
      // ("kiraci", "INTUNE" -> "intune") is stemmed as typed.
      return [...new Set([folded, ...stemChain(clean).map(foldTurkish), ...stemChain(folded)])];
    },

    queryTerm(word) {
      const leading = word.startsWith('*');
      const trailing = word.length > 1 && word.endsWith('*');
      const clean = trimPunctuation(word.replace(COMBINING_DOT_ABOVE, ''));
      if (leading || trailing)
        return `${leading ? '*' : ''}${foldTurkish(clean)}${trailing ? '*' : ''}`;
      return foldTurkish(stemChain(clean)[0] ?? clean);
    },
  };
}

/**
 * The site's search analysis, as lunr parts: a tokenizer, pipeline functions
 * and an index builder. Used at build time (Node, src/plugins/search) and in
 * the browser's search worker (src/search/lunr-client.ts), so a page word and
 * a typed word go through the same steps.
 *
 * In: the search library's documents ({i, t, ...}: one page title, heading or
 * section text each) and a locale. Out: a serialised lunr index whose search
 * pipeline names only functions registered here or by lunr itself.
 *
 * English keeps lunr's own analysis (trimmer, stop words, Porter stemmer).
 * Turkish uses ./turkish.ts; see there for why.
 */
import type lunrNamespace from 'lunr';
import {createTurkishAnalyzer, turkishLowerCase, type TurkishAnalyzer} from './turkish';

type Lunr = typeof lunrNamespace;
type Token = lunrNamespace.Token;
type PipelineFunction = lunrNamespace.PipelineFunction;

/** lunr after lunr-languages' Turkish plugin has been loaded into it. */
interface LunrTurkish {
  tr?: {stemmer: PipelineFunction; stopWordFilter: PipelineFunction};
}

export type SearchLocale = 'en' | 'tr';

/** Names under which the functions are registered (the query one is stored in the index). */
export const TURKISH_QUERY_FUNCTION = 'msdocs-tr-query';
export const TURKISH_INDEX_FUNCTION = 'msdocs-tr-index';

/** One entry of the library's index file: a document set and its lunr index. */
export interface SearchDocument {
  i: number;
  t: string;
  u: string;
  [key: string]: unknown;
}
export interface SearchIndexPart {
  documents: SearchDocument[];
  index: object;
}

const analyzers = new WeakMap<object, TurkishAnalyzer>();

function turkishAnalyzer(lunr: Lunr): TurkishAnalyzer {
  let analyzer = analyzers.get(lunr);
  if (analyzer) return analyzer;
  const tr = (lunr as Lunr & LunrTurkish).tr;
  if (!tr) {
    throw new Error('Turkish search: lunr-languages/lunr.tr is not loaded into lunr.');
  }
  analyzer = createTurkishAnalyzer({
    stem: (word) => String(tr.stemmer(new lunr.Token(word, {}), 0, [])),
    isStopWord: (word) => tr.stopWordFilter(new lunr.Token(word, {}), 0, []) === undefined,
  });
  analyzers.set(lunr, analyzer);
  return analyzer;
}

function registered(lunr: Lunr, name: string, make: () => PipelineFunction): PipelineFunction {
  const functions = (
    lunr.Pipeline as unknown as {registeredFunctions: Record<string, PipelineFunction>}
  ).registeredFunctions;
  const existing = functions[name];
  if (existing) return existing;
  const fn = make();
  lunr.Pipeline.registerFunction(fn, name);
  return fn;
}

/**
 * The Turkish query function, registered with lunr once. The browser needs it
 * registered before it loads a Turkish index, whose search pipeline names it.
 * The analyzer is looked up on first use, so lunr-languages may be loaded
 * after this call.
 */
export function registerTurkishQuery(lunr: Lunr): PipelineFunction {
  return registered(lunr, TURKISH_QUERY_FUNCTION, () => (token) => {
    const term = turkishAnalyzer(lunr).queryTerm(token.toString());
    // A word of punctuation only looks nothing up.
    return term.replace(/\*/g, '') === '' ? null : token.update(() => term);
  });
}

/** The index-time Turkish function: a page word in, the terms to store out. */
function registerTurkishIndex(lunr: Lunr): PipelineFunction {
  return registered(
    lunr,
    TURKISH_INDEX_FUNCTION,
    () => (token) =>
      turkishAnalyzer(lunr)
        .indexTerms(token.toString())
        .map((term) => token.clone(() => term)),
  );
}

/**
 * lunr's tokenizer, with Turkish lowercasing. lunr lowercases the whole text
 * with toLowerCase(), which turns "İ" into two characters and shifts the
 * positions (used to highlight hits) of every later word.
 */
export function turkishTokenizer(lunr: Lunr): typeof lunr.tokenizer {
  const separator = lunr.tokenizer.separator;
  const tokenize = (input?: string | object | object[] | null, metadata?: object): Token[] => {
    if (input == null) return [];
    const text = String(input);
    const tokens: Token[] = [];
    let start = 0;
    for (let end = 0; end <= text.length; end++) {
      if (end === text.length || separator.test(text.charAt(end))) {
        if (end > start) {
          tokens.push(
            new lunr.Token(turkishLowerCase(text.slice(start, end)), {
              ...metadata,
              position: [start, end - start],
              index: tokens.length,
            }),
          );
        }
        start = end + 1;
      }
    }
    return tokens;
  };
  return Object.assign(tokenize, {separator}) as typeof lunr.tokenizer;
}

/** Builds a lunr index over the library's documents with the locale's analysis. */
export function buildSearchIndex(
  lunr: Lunr,
  documents: SearchDocument[],
  locale: SearchLocale,
): object {
  return lunr(function () {
    if (locale === 'tr') {
      this.tokenizer = turkishTokenizer(lunr);
      this.pipeline.reset();
      this.pipeline.add(registerTurkishIndex(lunr));
      this.searchPipeline.reset();
      this.searchPipeline.add(registerTurkishQuery(lunr));
    }
    this.ref('i');
    this.field('t');
    // Positions let the results list highlight the words that matched.
    this.metadataWhitelist = ['position'];
    for (const doc of documents) this.add({...doc, i: String(doc.i)});
  }).toJSON();
}

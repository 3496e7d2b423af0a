/**
 * The search index split into small files, so that a reader's first query
 * downloads what it needs and not the whole site's index.
 *
 * The files of a version's `search-index/` folder (written by
 * src/plugins/search/split.ts from the five lunr indexes the search library's
 * documents get: titles, headings, descriptions, keywords, section texts):
 *   - `manifest.json`: every indexed term (sorted, one string), where each
 *     term shard and document chunk starts, the query pipeline;
 *   - term shards (`<hash>-t<k>.json`): for a contiguous range of terms, each
 *     term's postings in each of the five indexes, with the document's lunr
 *     weight for that term (the element of its field vector);
 *   - document chunks (`<hash>-d<k>.json`): the documents, by id range.
 *
 * In (browser, Node): a lunr query function. The client expands its words
 * against the full term list exactly as lunr does (pipeline, wildcard, fuzzy
 * edit distance), fetches only the shards holding the expanded terms, and
 * runs lunr's own query on an index made of them. lunr's score of a document
 * is the dot product of the query vector with the document's field vector
 * over the query's terms, divided by the query vector's length; both only
 * involve the query's terms, so the partial index gives the same results, in
 * the same order, with the same scores as the whole one.
 *
 * Why terms in the manifest: the library's queries match with one letter of
 * edit distance, which can change a word's first letter; only the full term
 * list says which shards such a query needs. It grows with the vocabulary,
 * not with the number of pages (measured in scripts/bench/search.mjs).
 */
import type lunrNamespace from 'lunr';
import type {SearchDocument} from './lunr-analysis';

type Lunr = typeof lunrNamespace;
type TokenSet = lunrNamespace.TokenSet;
/** lunr's TokenSet with the constructors its typings leave out. */
type TokenSets = typeof lunrNamespace.TokenSet & {
  fromArray(terms: string[]): TokenSet;
  fromClause(clause: lunrNamespace.Query.Clause): TokenSet;
};

/** lunr's serialised index (lunr.Index#toJSON). */
export interface SerialisedIndex {
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [
    string,
    {_index: number} & Record<string, Record<string, {position?: number[][]}>>,
  ][];
  pipeline: string[];
}

/** One posting: document ref, its field-vector weight for the term, match positions. */
export type Posting = [ref: number, weight: number, positions: number[][]];
/** A term in one of the five indexes: [term, lunr term index, postings]. */
export type ShardTerm = [term: string, index: number, postings: Posting[]];

export interface SplitManifest {
  /** Format version. */
  v: 1;
  /** Prefix of the shard and chunk files: a hash of their content. */
  hash: string;
  /** The indexed field (lunr's fields; the library's indexes have one, `t`). */
  fields: string[];
  /** The query pipeline (names of registered lunr functions). */
  pipeline: string[];
  /** How many document lists (index types) there are. */
  types: number;
  /** Every term of every type, sorted, joined by newlines. */
  terms: string;
  /** Position in `terms` of the first term of each shard. */
  shards: number[];
  /** First document id of each document chunk. */
  chunks: number[];
}

/** A term shard: per type, its terms. */
export type TermShard = ShardTerm[][];
/** A document chunk: [type, document] pairs. */
export type DocumentChunk = [number, SearchDocument][];

/** The folder of a version's split index, under the version's base URL. */
export const SPLIT_INDEX_DIR = 'search-index';
export const MANIFEST_FILE = 'manifest.json';
export const shardFile = (hash: string, k: number) => `${hash}-t${k}.json`;
export const chunkFile = (hash: string, k: number) => `${hash}-d${k}.json`;

/** Terms in lunr's order (its term list is sorted with the default sort: UTF-16 code units). */
export function sortedStrings(values: Iterable<string>): string[] {
  return [...values].sort();
}

/** The last k with sorted[k] <= value (sorted ascending, sorted[0] <= value). */
function floorIndex<T>(sorted: T[], value: T): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid]! <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

export type QueryBuilder = (query: lunrNamespace.Query) => void;

/**
 * A version's split index, loaded as queries need it.
 *
 * In: lunr (with the site's query functions registered) and a function that
 * fetches and parses one file of the version's `search-index/` folder.
 */
export class SplitSearchIndex {
  private manifest?: Promise<SplitManifest>;
  private vocabulary?: {terms: string[]; tokenSet: lunrNamespace.TokenSet};
  private readonly shards = new Map<number, Promise<TermShard>>();
  private readonly chunks = new Map<number, Promise<DocumentChunk>>();
  private readonly loaded = new Set<number>();
  private indexes?: {shardCount: number; types: lunrNamespace.Index[]};

  constructor(
    private readonly lunr: Lunr,
    private readonly fetchFile: (name: string) => Promise<unknown>,
  ) {}

  /** The manifest: the first, and for a query the only always-needed, download. */
  load(): Promise<SplitManifest> {
    this.manifest ??= this.fetchFile(MANIFEST_FILE).then((m) => {
      const manifest = m as SplitManifest;
      if (manifest.v !== 1) throw new Error(`Search: unknown index format ${String(manifest.v)}.`);
      return manifest;
    });
    return this.manifest;
  }

  /** The terms of the index lunr would look up for these queries (any type). */
  async expand(builders: QueryBuilder[]): Promise<string[]> {
    const {lunr} = this;
    const manifest = await this.load();
    if (!this.vocabulary) {
      const terms = manifest.terms === '' ? [] : manifest.terms.split('\n');
      this.vocabulary = {terms, tokenSet: (lunr.TokenSet as TokenSets).fromArray(terms)};
    }
    const pipeline = lunr.Pipeline.load(manifest.pipeline);
    const expanded = new Set<string>();
    for (const build of builders) {
      const query = new lunr.Query(manifest.fields);
      build(query);
      // As lunr.Index#query: pipeline, then wildcard and fuzzy expansion.
      for (const clause of query.clauses) {
        const terms = clause.usePipeline
          ? (pipeline.runString as (text: string, metadata: object) => string[])(clause.term, {
              fields: clause.fields,
            })
          : [clause.term];
        for (const term of terms) {
          const expandedTerms = this.vocabulary.tokenSet
            .intersect((lunr.TokenSet as TokenSets).fromClause({...clause, term}))
            .toArray();
          for (const t of expandedTerms) expanded.add(t);
        }
      }
    }
    return [...expanded];
  }

  /** Fetches the shards holding these terms (each once). */
  private async fetchShards(terms: string[]): Promise<void> {
    const manifest = await this.load();
    const {terms: vocabulary} = this.vocabulary!;
    const wanted = new Set(
      terms.map((term) => floorIndex(manifest.shards, floorIndex(vocabulary, term))),
    );
    await Promise.all(
      [...wanted].map((k) => {
        let shard = this.shards.get(k);
        if (!shard) {
          shard = this.fetchFile(shardFile(manifest.hash, k)) as Promise<TermShard>;
          this.shards.set(k, shard);
        }
        return shard.then(() => this.loaded.add(k));
      }),
    );
  }

  /**
   * lunr indexes, one per type, holding every term of the shards fetched so
   * far: enough for these queries to score as on the whole index.
   */
  async indexesFor(builders: QueryBuilder[]): Promise<lunrNamespace.Index[]> {
    const {lunr} = this;
    const manifest = await this.load();
    await this.fetchShards(await this.expand(builders));
    if (this.indexes?.shardCount === this.loaded.size) return this.indexes.types;
    const shards = await Promise.all(
      [...this.loaded].sort((a, b) => a - b).map((k) => this.shards.get(k)!),
    );
    const [field] = manifest.fields as [string];
    const types = Array.from({length: manifest.types}, (_, type) => {
      const invertedIndex: Record<string, object> = Object.create(null);
      const vectors = new Map<string, number[][]>();
      const terms: string[] = [];
      for (const shard of shards) {
        for (const [term, termIndex, postings] of shard[type] ?? []) {
          const fieldPosting: Record<string, {position: number[][]}> = {};
          for (const [ref, weight, position] of postings) {
            fieldPosting[ref] = {position};
            const key = `${field}/${ref}`;
            let elements = vectors.get(key);
            if (!elements) vectors.set(key, (elements = []));
            elements.push([termIndex, weight]);
          }
          invertedIndex[term] = {_index: termIndex, [field]: fieldPosting};
          terms.push(term);
        }
      }
      const fieldVectors: Record<string, lunrNamespace.Vector> = Object.create(null);
      for (const [key, elements] of vectors) {
        elements.sort((a, b) => a[0]! - b[0]!);
        fieldVectors[key] = new lunr.Vector(elements.flat());
      }
      return new lunr.Index({
        invertedIndex,
        fieldVectors,
        tokenSet: (lunr.TokenSet as TokenSets).fromArray(sortedStrings(terms)),
        fields: manifest.fields,
        pipeline: lunr.Pipeline.load(manifest.pipeline),
      } as unknown as ConstructorParameters<typeof lunr.Index>[0]);
    });
    this.indexes = {shardCount: this.loaded.size, types};
    return types;
  }

  /** Documents by type and id (fetching the chunks they are in); the same object for the same document. */
  async documents(wanted: [type: number, id: number][]): Promise<(SearchDocument | undefined)[]> {
    const manifest = await this.load();
    const chunkOf = (id: number) => floorIndex(manifest.chunks, id);
    // An id before the first chunk (or none: NaN) names no document.
    const known = (id: number) => manifest.chunks.length > 0 && id >= manifest.chunks[0]!;
    const needed = new Set(wanted.filter(([, id]) => known(id)).map(([, id]) => chunkOf(id)));
    const loaded = new Map(
      await Promise.all(
        [...needed].map(async (k): Promise<[number, DocumentChunk]> => {
          let chunk = this.chunks.get(k);
          if (!chunk) {
            chunk = this.fetchFile(chunkFile(manifest.hash, k)) as Promise<DocumentChunk>;
            this.chunks.set(k, chunk);
          }
          return [k, await chunk];
        }),
      ),
    );
    return wanted.map(([type, id]) =>
      known(id)
        ? loaded.get(chunkOf(id))!.find(([t, d]) => t === type && d.i === id)?.[1]
        : undefined,
    );
  }
}

/** One of the queries the search library makes of a typed text (its smartQueries). */
export interface SmartQuery {
  tokens: string[];
  term: {value: string; presence: number; wildcard: number; editDistance?: number}[];
}

/** Where a search gets its indexes and documents: the split index, or (tests, bench) the whole one. */
export interface SearchSource {
  indexesFor(builders: QueryBuilder[]): Promise<lunrNamespace.Index[]>;
  documents(wanted: [type: number, id: number][]): Promise<(SearchDocument | undefined)[]>;
}

/** A result as the library's search box and results page expect it. */
export interface SearchResult {
  document: SearchDocument;
  type: number;
  page: SearchDocument | false | undefined;
  metadata: object;
  tokens: string[];
  score: number;
}

/** The lunr query function of one of the library's queries (as its worker builds it). */
export function queryBuilder({term}: SmartQuery): QueryBuilder {
  return (query) => {
    for (const item of term) {
      query.term(item.value, {
        wildcard: item.wildcard,
        presence: item.presence,
        ...(item.editDistance ? {editDistance: item.editDistance} : null),
      } as Parameters<lunrNamespace.Query['term']>[1]);
    }
  };
}

/**
 * The search library's worker search (version 0.55.3, theme/worker.js), over
 * a SearchSource: the queries in turn, each over the five indexes, results
 * kept until `limit`, a document found twice kept once; then each result's
 * document and page (the title document of a heading's or text's page).
 * Documents are fetched once the results are known.
 */
export async function searchIndexes(
  source: SearchSource,
  queries: SmartQuery[],
  limit: number,
): Promise<SearchResult[]> {
  const hits: {type: number; ref: string; metadata: object; tokens: string[]; score: number}[] = [];
  search: for (const query of queries) {
    const build = queryBuilder(query);
    const indexes = await source.indexesFor([build]);
    for (const [type, index] of indexes.entries()) {
      hits.push(
        ...index
          .query(build)
          .slice(0, limit)
          .filter((result) => !hits.some((hit) => hit.ref === result.ref))
          .slice(0, limit - hits.length)
          .map((result) => ({
            type,
            ref: result.ref,
            metadata: result.matchData.metadata,
            tokens: query.tokens,
            score: result.score,
          })),
      );
      if (hits.length >= limit) break search;
    }
  }
  const documents = await source.documents(hits.map((h) => [h.type, Number(h.ref)]));
  const pages = await source.documents(
    documents.map((d, k) => [0, hits[k]!.type === 0 ? -1 : Number(d?.p)]),
  );
  return hits.map(({type, metadata, tokens, score}, k) => ({
    document: documents[k]!,
    type,
    page: type !== 0 && pages[k],
    metadata,
    tokens,
    score,
  }));
}

/** The whole index of a version, loaded at once: what the site shipped before the split. */
export function wholeIndexSource(
  lunr: Lunr,
  parts: {documents: SearchDocument[]; index: object}[],
): SearchSource {
  const indexes = parts.map((part) => lunr.Index.load(part.index));
  return {
    indexesFor: () => Promise.resolve(indexes),
    documents: (wanted) =>
      Promise.resolve(wanted.map(([type, id]) => parts[type]?.documents.find((d) => d.i === id))),
  };
}

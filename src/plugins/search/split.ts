/**
 * Writes a version's search index as small files a query fetches as it needs
 * them (src/search/split-index.ts says what each holds and why the results
 * are those of the whole index).
 *
 * In: the index parts a version used to ship as one `search-index.json`: the
 * search library's five document lists, each with its lunr index built with
 * the site's analysis. Out: file name -> JSON text, for the version's
 * `search-index/` folder. Shards and chunks are cut at about a size, in term
 * and id order; their names carry a hash of their content, so a reader never
 * mixes a cached file of an older build with a newer manifest.
 */
import {createHash} from 'node:crypto';
import type {SearchDocument, SearchIndexPart} from '../../search/lunr-analysis';
import {
  MANIFEST_FILE,
  chunkFile,
  shardFile,
  sortedStrings,
  type DocumentChunk,
  type Posting,
  type SerialisedIndex,
  type ShardTerm,
  type SplitManifest,
  type TermShard,
} from '../../search/split-index';

export interface SplitOptions {
  /** Uncompressed bytes a term shard aims at. */
  shardBytes?: number;
  /** Uncompressed bytes a document chunk aims at. */
  chunkBytes?: number;
}

const DEFAULT_SHARD_BYTES = 24 * 1024;
const DEFAULT_CHUNK_BYTES = 12 * 1024;

/** A term's weight in a field vector ([index, weight, ...] sorted by index), by binary search. */
function weightOf(elements: number[] | undefined, termIndex: number): number | undefined {
  if (!elements) return undefined;
  let low = 0;
  let high = elements.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = elements[mid * 2]!;
    if (at === termIndex) return elements[mid * 2 + 1];
    if (at < termIndex) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/** About the JSON length of a shard entry, without writing it. */
function entryBytes([term, , postings]: ShardTerm): number {
  return postings.reduce(
    (sum, [, , positions]) => sum + 16 + positions.length * 10,
    term.length + 12,
  );
}

/** Splits the five indexes of a version into the files of its `search-index/` folder. */
export function splitSearchIndex(
  parts: SearchIndexPart[],
  {shardBytes = DEFAULT_SHARD_BYTES, chunkBytes = DEFAULT_CHUNK_BYTES}: SplitOptions = {},
): Map<string, string> {
  const indexes = parts.map((p) => p.index as SerialisedIndex);
  const first = indexes[0];
  if (!first) throw new Error('Search: no index to split.');
  for (const index of indexes) {
    if (JSON.stringify(index.pipeline) !== JSON.stringify(first.pipeline))
      throw new Error('Search: the index types differ in their query pipeline.');
    if (JSON.stringify(index.fields) !== JSON.stringify(first.fields))
      throw new Error('Search: the index types differ in their fields.');
  }

  // Per type: term -> its entry, with each document's weight from its field vector.
  const byType = indexes.map((index) => {
    // Field vectors as lunr stores them: [term index, weight, ...], by term index.
    const vectors = new Map(index.fieldVectors);
    const terms = new Map<string, ShardTerm>();
    for (const [term, posting] of index.invertedIndex) {
      const postings: Posting[] = [];
      for (const field of index.fields) {
        for (const [ref, metadata] of Object.entries(posting[field] ?? {})) {
          const weight = weightOf(vectors.get(`${field}/${ref}`), posting._index);
          if (weight === undefined)
            throw new Error(`Search: no field vector weight for "${term}" in ${field}/${ref}.`);
          postings.push([Number(ref), weight, metadata.position ?? []]);
        }
      }
      terms.set(term, [term, posting._index, postings]);
    }
    return terms;
  });
  if (first.fields.length !== 1)
    throw new Error('Search: the split index supports one field (the library indexes `t`).');

  const vocabulary = sortedStrings(new Set(byType.flatMap((terms) => [...terms.keys()])));
  const shards: TermShard[] = [];
  const shardStarts: number[] = [];
  let current: TermShard | undefined;
  let size = 0;
  vocabulary.forEach((term, position) => {
    const entries = byType.map((terms) => terms.get(term));
    const bytes = entries.reduce((sum, e) => sum + (e ? entryBytes(e) : 0), 0);
    if (!current || size + bytes > shardBytes) {
      current = byType.map(() => []);
      shards.push(current);
      shardStarts.push(position);
      size = 0;
    }
    entries.forEach((entry, type) => entry && current![type]!.push(entry));
    size += bytes;
  });

  const documents: [number, SearchDocument][] = parts
    .flatMap((part, type) => part.documents.map((d): [number, SearchDocument] => [type, d]))
    .sort((a, b) => a[1].i - b[1].i || a[0] - b[0]);
  const chunks: DocumentChunk[] = [];
  const chunkStarts: number[] = [];
  let chunk: DocumentChunk | undefined;
  size = 0;
  for (const entry of documents) {
    const bytes = JSON.stringify(entry).length;
    // A chunk only starts at a new id: a document is in the chunk its id points to.
    if (!chunk || (size + bytes > chunkBytes && entry[1].i !== chunk.at(-1)![1].i)) {
      chunk = [];
      chunks.push(chunk);
      chunkStarts.push(entry[1].i);
      size = 0;
    }
    chunk.push(entry);
    size += bytes;
  }

  const bodies = [...shards.map((s) => JSON.stringify(s)), ...chunks.map((c) => JSON.stringify(c))];
  const hash = createHash('sha256').update(bodies.join('\n')).digest('hex').slice(0, 10);
  const manifest: SplitManifest = {
    v: 1,
    hash,
    fields: first.fields,
    pipeline: first.pipeline,
    types: parts.length,
    terms: vocabulary.join('\n'),
    shards: shardStarts,
    chunks: chunkStarts,
  };
  const files = new Map<string, string>([[MANIFEST_FILE, JSON.stringify(manifest)]]);
  shards.forEach((s, k) => files.set(shardFile(hash, k), bodies[k]!));
  chunks.forEach((c, k) => files.set(chunkFile(hash, k), bodies[shards.length + k]!));
  return files;
}
